using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TelnyxMock.Data;

/// <summary>
/// Registers the SQLite store. <c>Data Source=:memory:</c> becomes a named shared-cache memory
/// database kept alive by one open connection for the life of the process, so every request's
/// own connection sees the same data.
/// </summary>
public static class DatabaseSetup
{
    public const string ConnectionStringName = "TelnyxMock";
    public const string DefaultConnectionString = "Data Source=telnyxmock.db";

    public static IServiceCollection AddMockDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName) ?? DefaultConnectionString;
        var store = new SqliteStore(configured);
        services.AddSingleton(store);
        services.AddDbContextPool<MockDbContext>(options => options
            .UseSqlite(store.ConnectionString)
            .AddInterceptors(store.IsMemory ? [] : [new SqlitePragmas()])
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        return services;
    }

    /// <summary>Creates the schema when it is missing; a mock's database is disposable, so there are no migrations.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var store = services.GetRequiredService<SqliteStore>();
        store.KeepAlive();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MockDbContext>();
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (!store.IsMemory)
        {
            // WAL lets readers run beside the writer; an acknowledged write survives the process being killed.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}

/// <summary>The resolved SQLite connection string, and the keep-alive connection of a memory database.</summary>
public sealed class SqliteStore : IDisposable
{
    private SqliteConnection? keepAlive;

    public SqliteStore(string configured)
    {
        var builder = new SqliteConnectionStringBuilder(configured);
        IsMemory = builder.DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        if (builder.DataSource == ":memory:")
        {
            builder.DataSource = $"telnyxmock-{Guid.NewGuid():N}";
            builder.Mode = SqliteOpenMode.Memory;
            builder.Cache = SqliteCacheMode.Shared;
        }

        if (!IsMemory)
        {
            builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        }

        ConnectionString = builder.ToString();
    }

    public string ConnectionString { get; }

    public bool IsMemory { get; }

    public void KeepAlive()
    {
        if (IsMemory && keepAlive is null)
        {
            keepAlive = new SqliteConnection(ConnectionString);
            keepAlive.Open();
        }
    }

    public void Dispose() => keepAlive?.Dispose();
}
