using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace TelnyxMock.Data;

/// <summary>Registers the configured <see cref="MockStore"/> and the pooled <see cref="MockDbContext"/> over it.</summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddMockDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var store = MockStore.FromConfiguration(configuration);
        // Registered through a factory so the container disposes it (a memory database's keep-alive, a data source's connections).
        services.AddSingleton(_ => store);
        services.AddDbContextPool<MockDbContext>(options =>
        {
            store.Configure(options);
            options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        });
        return services;
    }

    /// <summary>Creates or checks the schema (see <see cref="MockStore.InitializeAsync"/>).</summary>
    public static Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<MockStore>().InitializeAsync(services, cancellationToken);

    /// <summary>A number that changes whenever a create script does: the first 31 bits of its SHA-256.</summary>
    public static int VersionOf(string script) =>
        (int)(BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(script.ReplaceLineEndings("\n")))) >> 1);
}
