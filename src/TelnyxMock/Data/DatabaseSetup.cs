using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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
    /// Creates the schema when the database is new; a mock's database is disposable, so there are no migrations.
    /// The script is EF's own create script for the model (<c>Data/schema.sql</c>, checked against the model by a
    /// test), run directly: EF's <c>EnsureCreated</c> would build the whole design-time model first, the slowest part
    /// of start-up. The file records which script made it (<c>PRAGMA user_version</c>); a file made by another
    /// version of the schema is refused with a message rather than served wrongly.
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
        var version = Convert.ToInt32(await ScalarAsync(connection, transaction, "PRAGMA user_version;", cancellationToken), CultureInfo.InvariantCulture);
        var tables = Convert.ToInt32(await ScalarAsync(connection, transaction,
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';", cancellationToken), CultureInfo.InvariantCulture);
        if (tables > 0 && version != SchemaVersion.Value)
        {
            throw new InvalidOperationException(
                $"The database '{connection.DataSource}' was made by another version of TelnyxMock (schema {version}, this version uses " +
                $"{SchemaVersion.Value}). Delete the file, or point ConnectionStrings:TelnyxMock at a new one.");
        }

        if (tables == 0)
        {
            await ExecuteAsync(connection, transaction, SchemaScript() + $"\nPRAGMA user_version = {SchemaVersion.Value};", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A number that changes whenever the create script does: the first 31 bits of its SHA-256.</summary>
    public static readonly Lazy<int> SchemaVersion = new(() =>
        (int)(BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(SchemaScript().ReplaceLineEndings("\n")))) >> 1));

    /// <summary>The create script as the model generates it, embedded from <c>Data/schema.sql</c>; read once.</summary>
    public static string SchemaScript() => Script.Value;

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(DatabaseSetup).Assembly.GetManifestResourceStream("TelnyxMock.schema.sql")
            ?? throw new InvalidOperationException("The schema script is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
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
