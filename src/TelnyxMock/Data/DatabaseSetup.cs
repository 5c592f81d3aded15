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

    /// <summary>
    /// Creates what is missing of the schema; a mock's database is disposable, so there are no migrations. The
    /// script is EF's own create script for the model (<c>Data/schema.sql</c>, checked against the model by a test),
    /// run directly: EF's <c>EnsureCreated</c> would build the whole design-time model first, the slowest part of
    /// start-up. Each statement is made <c>IF NOT EXISTS</c>, so a file from an older version gains new indexes.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var store = services.GetRequiredService<SqliteStore>();
        store.KeepAlive();
        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (!store.IsMemory)
        {
            // WAL lets readers run beside the writer; an acknowledged write survives the process being killed.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await using var transaction = connection.BeginTransaction();
        await ExecuteAsync(connection, transaction, IdempotentSchema.Value, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The create script as the model generates it, embedded from <c>Data/schema.sql</c>.</summary>
    public static string SchemaScript()
    {
        using var stream = typeof(DatabaseSetup).Assembly.GetManifestResourceStream("TelnyxMock.schema.sql")
            ?? throw new InvalidOperationException("The schema script is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static readonly Lazy<string> IdempotentSchema = new(() => SchemaScript()
        .Replace("CREATE TABLE \"", "CREATE TABLE IF NOT EXISTS \"", StringComparison.Ordinal)
        .Replace("CREATE INDEX \"", "CREATE INDEX IF NOT EXISTS \"", StringComparison.Ordinal)
        .Replace("CREATE UNIQUE INDEX \"", "CREATE UNIQUE INDEX IF NOT EXISTS \"", StringComparison.Ordinal));

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
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
