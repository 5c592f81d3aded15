using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TelnyxMock.Data;

/// <summary>
/// The default store: a SQLite file, or memory. <c>Data Source=:memory:</c> becomes a named shared-cache memory
/// database kept alive by one open connection for the life of the process, so every request's own connection sees the
/// same data. One process owns the data, so the process may remember list totals (see <see cref="MockDbContext"/>).
/// </summary>
public sealed class SqliteStore : MockStore
{
    public const string DefaultConnectionString = "Data Source=telnyxmock.db";

    private SqliteConnection? keepAlive;

    private readonly IModel? model;

    /// <summary>A store on <paramref name="configured"/>; <paramref name="model"/> is SQLite's compiled model, if the caller has one.</summary>
    public SqliteStore(string configured, IModel? model = null)
    {
        this.model = model;
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

    public override string ConnectionString { get; }

    public bool IsMemory { get; }

    public override string Name => IsMemory ? "sqlite-memory" : "sqlite-file";

    public override bool IsShared => false;

    /// <summary>The create script as the model generates it, embedded from <c>Data/schema.sql</c>; read once.</summary>
    public static string SchemaScript() => Script.Value;

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(SqliteStore).Assembly.GetManifestResourceStream("TelnyxMock.schema.sql")
            ?? throw new InvalidOperationException("The schema script is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The compiled model (Hosting/CompiledModel, made for SQLite), when given, spares building the model at start-up.</summary>
    public override void Configure(DbContextOptionsBuilder options)
    {
        options.UseSqlite(ConnectionString).AddInterceptors(IsMemory ? [] : [new SqlitePragmas()]);
        if (model is not null)
        {
            options.UseModel(model);
        }
    }

    /// <summary>
    /// Creates the schema when the database is new; a mock's database is disposable, so there are no migrations but one:
    /// a database made by the create script alone (before the substring indexes) gets them. The script is EF's own
    /// create script for the model (<c>Data/schema.sql</c>, checked against the model by a test), run directly: EF's
    /// <c>EnsureCreated</c> would build the whole design-time model first, the slowest part of start-up; then the
    /// substring indexes (<see cref="SubstringSearch.SqliteScript"/>). The file records which scripts made it
    /// (<c>PRAGMA user_version</c>); a file made by another version of the schema is refused with a message rather
    /// than served wrongly.
    /// </summary>
    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        KeepAlive();
        var model = this.model ?? ModelOf(services);
        var search = SubstringSearch.SqliteScript(model);
        var (schemaVersion, unindexedVersion) = (DatabaseSetup.VersionOf(SchemaScript() + search), DatabaseSetup.VersionOf(SchemaScript()));
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (!IsMemory)
        {
            // WAL lets readers run beside the writer; an acknowledged write survives the process being killed.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await using var transaction = connection.BeginTransaction();
        var version = Convert.ToInt32(await ScalarAsync(connection, transaction, "PRAGMA user_version;", cancellationToken), CultureInfo.InvariantCulture);
        var tables = Convert.ToInt32(await ScalarAsync(connection, transaction,
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%';", cancellationToken), CultureInfo.InvariantCulture);
        if (tables > 0 && version == unindexedVersion && version != schemaVersion)
        {
            await ExecuteAsync(connection, transaction, search + SubstringSearch.SqliteFill(model) + $"\nPRAGMA user_version = {schemaVersion};", cancellationToken);
        }
        else if (tables > 0 && version != schemaVersion)
        {
            throw new InvalidOperationException(
                $"The database '{connection.DataSource}' was made by another version of TelnyxMock (schema {version}, this version uses " +
                $"{schemaVersion}). Delete the file, or point ConnectionStrings:TelnyxMock at a new one.");
        }

        if (tables == 0)
        {
            await ExecuteAsync(connection, transaction, SchemaScript() + search + $"\nPRAGMA user_version = {schemaVersion};", cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Reads the schema table: it touches the database file (unlike <c>SELECT 1</c>) yet costs one page read, cheap
    /// enough for a container health check every second. A connection of its own rather than EF, so the first health
    /// check after start-up does not wait for EF to initialise.
    /// </summary>
    public override async Task<string?> ProbeAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master";
        await command.ExecuteScalarAsync(cancellationToken);
        return null;
    }

    public override void Dispose()
    {
        keepAlive?.Dispose();
    }

    /// <summary>The model EF builds, where there is no compiled one (it is the same for every context).</summary>
    private static IModel ModelOf(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MockDbContext>().Model;
    }

    private void KeepAlive()
    {
        if (IsMemory && keepAlive is null)
        {
            keepAlive = new SqliteConnection(ConnectionString);
            keepAlive.Open();
        }
    }

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
