using Microsoft.EntityFrameworkCore;

namespace TelnyxMock.Data;

/// <summary>
/// Where the mock keeps its data, chosen by the <c>TelnyxMock:Store</c> setting: SQLite (the default: a file, or memory)
/// for one mock per CI job or laptop, or PostgreSQL for several replicas that must behave as one mock. Everything else
/// (resources, rules, queries) is the same EF model on either; a store only says how to connect, how to create the
/// schema, and whether other processes write to the same data (<see cref="IsShared"/>).
/// </summary>
public abstract class MockStore : IDisposable
{
    public const string Section = "TelnyxMock:Store";
    public const string ConnectionStringName = "TelnyxMock";
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>What <c>/_mock/health</c> reports: sqlite-memory, sqlite-file or postgres.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Other processes (replicas) may read and write the same data: nothing read from the store may be remembered in
    /// this process, writes are serialised across processes, and the control API's state lives in the store.
    /// </summary>
    public abstract bool IsShared { get; }

    public abstract string ConnectionString { get; }

    public abstract void Configure(DbContextOptionsBuilder options);

    /// <summary>Creates the schema if the store is new, or refuses a store made by another schema version.</summary>
    public abstract Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Null when a trivial query answered, else why not.</summary>
    public abstract Task<string?> ProbeAsync(CancellationToken cancellationToken);

    public virtual void Dispose()
    {
    }

    /// <summary>The store the configuration names; a setting that names none, or a store without its connection string, is an error.</summary>
    public static MockStore FromConfiguration(IConfiguration configuration, Microsoft.EntityFrameworkCore.Metadata.IModel? sqliteModel = null)
    {
        var kind = configuration[Section]?.Trim();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrEmpty(kind) || kind.Equals(Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            return new SqliteStore(string.IsNullOrWhiteSpace(connectionString) ? SqliteStore.DefaultConnectionString : connectionString, sqliteModel);
        }

        if (!kind.Equals(Postgres, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"TelnyxMock:Store must be '{Sqlite}' or '{Postgres}', got '{kind}'.");
        }

        if (string.IsNullOrWhiteSpace(connectionString) || connectionString.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                "TelnyxMock:Store is 'postgres': set ConnectionStrings:TelnyxMock (environment ConnectionStrings__TelnyxMock, or --postgres) " +
                "to an Npgsql connection string, e.g. Host=db;Username=telnyxmock;Password=secret;Database=telnyxmock.");
        }

        return new PostgresStore(connectionString);
    }
}
