using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace TelnyxMock.Data;

/// <summary>Registers the configured <see cref="MockStore"/> and the pooled <see cref="MockDbContext"/> over it.</summary>
public static class DatabaseSetup
{
    /// <summary>The store the configuration names; <paramref name="sqliteModel"/> is SQLite's compiled model, which the composition root has (it names every row type).</summary>
    public static IServiceCollection AddMockDatabase(this IServiceCollection services, IConfiguration configuration, Microsoft.EntityFrameworkCore.Metadata.IModel? sqliteModel)
    {
        // Made on first use (start-up), so a bad store setting stops start-up with its message like any other start-up
        // failure; and through a factory, so the container disposes it (a memory database's keep-alive, connections).
        services.AddSingleton(_ => MockStore.FromConfiguration(configuration, sqliteModel));
        services.AddDbContextPool<MockDbContext>((services, options) =>
        {
            services.GetRequiredService<MockStore>().Configure(options);
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
