using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TelnyxMock.Data;

/// <summary>
/// PostgreSQL, for several replicas that behave as one mock. The schema lives in the connection's current schema
/// (the first of its <c>Search Path</c>, <c>public</c> by default): EF's create script for the model, plus the control
/// API's tables (<see cref="ControlScript"/>), created by whichever replica gets there first under an advisory lock.
/// The EF model is built at start-up (the compiled model is SQLite's), with the "C" collation on text columns, so names
/// sort by code point as they do in SQLite, whatever the database's own collation.
/// </summary>
public sealed class PostgresStore : MockStore
{
    public const string ProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// The first keys of the mock's advisory locks (the schema's, the database's writes', an account's writes'); the
    /// second key is the schema's hash (with the account's name), so mocks in different schemas of one database do not
    /// wait for each other.
    /// </summary>
    private const string SchemaLockSpace = "20111", WriteLockSpace = "20112", AccountLockSpace = "20113", SchemaKey = "hashtext(coalesce(current_schema(), ''))";

    /// <summary>Held while a replica creates or checks the schema.</summary>
    public const string SchemaLock = "pg_advisory_lock(" + SchemaLockSpace + ", " + SchemaKey + ")";

    private const string SchemaUnlock = "SELECT pg_advisory_unlock(" + SchemaLockSpace + ", " + SchemaKey + ")";

    /// <summary>Held by a write transaction on the whole database (fixtures, a reset) until it ends: no other write transaction runs beside it.</summary>
    public const string WriteLock = "SELECT pg_advisory_xact_lock(" + WriteLockSpace + ", " + SchemaKey + ")";

    /// <summary>
    /// Held by a write transaction on one account (<c>{0}</c>) until it ends: the account's lock, and the database's
    /// shared, so writes of different accounts run at once and none runs beside a fixture load or a reset. Accounts
    /// whose names hash alike share a lock, which only makes them wait.
    /// </summary>
    public const string AccountLock = "SELECT pg_advisory_xact_lock_shared(" + WriteLockSpace + ", " + SchemaKey + "), " +
        "pg_advisory_xact_lock(" + AccountLockSpace + ", hashtext(coalesce(current_schema(), '') || '/' || {0}))";

    /// <summary>The control API's shared state: fault rules, the request journal, the clock, and the numbers replicas take at start-up.</summary>
    public const string ControlScript = """
        CREATE TABLE mock_fault_rules (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            method text NULL,
            path text NOT NULL,
            account text NULL,
            status integer NULL,
            detail text NULL,
            retry_after integer NULL,
            delay_ms integer NOT NULL,
            remaining integer NULL,
            probability double precision NOT NULL,
            fired integer NOT NULL DEFAULT 0
        );
        CREATE TABLE mock_journal (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            time timestamp with time zone NOT NULL,
            replica text NOT NULL,
            account text NULL,
            method text NOT NULL,
            path text NOT NULL,
            query text NOT NULL,
            headers text NOT NULL,
            body text NULL,
            body_truncated boolean NOT NULL,
            status integer NOT NULL,
            duration_ms double precision NOT NULL,
            fault_id bigint NULL
        );
        CREATE TABLE mock_clock (
            offset_ticks bigint NOT NULL,
            generation bigint NOT NULL,
            fault_generation bigint NOT NULL DEFAULT 0
        );
        INSERT INTO mock_clock (offset_ticks, generation) VALUES (0, 0);
        CREATE SEQUENCE mock_replica_numbers;
        CREATE TABLE mock_schema (version integer NOT NULL);
        """;

    /// <summary>
    /// Unique indexes the EF model cannot declare (one on a table-per-concrete-type leaf is dropped from the compiled
    /// model): replicas check uniqueness across accounts without a lock, and the index settles a race (see
    /// <see cref="MockDbContext.LostRace"/>). SQLite's single writer needs none.
    /// </summary>
    public const string UniqueScript = """
        CREATE UNIQUE INDEX mock_v2_credential_connections_user_name ON v2_credential_connections ("UserName");
        """;

    /// <summary>
    /// Connections a replica opens at most for resources, unless the connection string says otherwise
    /// (<c>Maximum Pool Size</c>), and for the control API's state: 40 in all, so two replicas stay well inside
    /// PostgreSQL's default <c>max_connections</c> of 100.
    /// </summary>
    public const int DefaultPoolSize = 30;

    public const int ControlPoolSize = 10;

    /// <summary>Statements each connection keeps prepared (<c>Max Auto Prepare</c>), unless the connection string says otherwise.</summary>
    public const int AutoPrepared = 64;

    /// <summary>
    /// The connections of the control API's shared state (fault rules, journal), pooled apart from EF's and multiplexed:
    /// those are single statements that every request makes, and multiplexing lets concurrent ones share few connections.
    /// </summary>
    private readonly NpgsqlDataSource dataSource;

    public PostgresStore(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!new[] { "Maximum Pool Size", "Max Pool Size", "MaxPoolSize" }.Any(given.ContainsKey))
        {
            builder.MaxPoolSize = DefaultPoolSize;
        }

        if (!given.ContainsKey("Multiplexing"))
        {
            // Concurrent statements outside transactions share connections (a transaction still has one of its own).
            builder.Multiplexing = true;
        }

        if (!new[] { "Max Auto Prepare", "MaxAutoPrepare" }.Any(given.ContainsKey))
        {
            // The mock sends the same few statements over and over: PostgreSQL parses and plans each once per connection.
            builder.MaxAutoPrepare = AutoPrepared;
        }

        if (!new[] { "No Reset On Close", "NoResetOnClose" }.Any(given.ContainsKey))
        {
            // Nothing the mock does outlives a transaction on a connection (its locks are the transaction's), so a
            // connection back in the pool needs no reset, and keeps its prepared statements.
            builder.NoResetOnClose = true;
        }

        ConnectionString = builder.ConnectionString;
        dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ConnectionString) { MaxPoolSize = Math.Min(ControlPoolSize, builder.MaxPoolSize) });
    }

    public override string Name => Postgres;

    public override bool IsShared => true;

    public override string ConnectionString { get; }

    /// <summary>This replica's number, taken from the database at start-up (see <see cref="Common.IdGenerator"/>).</summary>
    public long ReplicaNumber { get; private set; }

    /// <summary>
    /// EF gets the connection string, not a data source of its own: EF keys its internal services (the built model among
    /// them) by data source, so every new data source would build the model again.
    /// </summary>
    public override void Configure(DbContextOptionsBuilder options) => options.UseNpgsql(ConnectionString).AddInterceptors(PostgresText.Instance);

    public override async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        string script;
        Microsoft.EntityFrameworkCore.Metadata.IModel model;
        using (var scope = services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MockDbContext>();
            script = db.Database.GenerateCreateScript() + "\n" + UniqueScript + ControlScript;
            model = db.Model;
        }

        var version = DatabaseSetup.VersionOf(script);
        // A connection of its own, neither multiplexed nor pooled: the session's advisory lock needs one session, ended with it.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Multiplexing = false, Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, "SELECT " + SchemaLock, cancellationToken);
        try
        {
            var exists = await ScalarAsync(connection, "SELECT to_regclass('mock_schema') IS NOT NULL", cancellationToken) is true;
            if (exists)
            {
                var found = await ScalarAsync(connection, "SELECT max(version) FROM mock_schema", cancellationToken);
                if (found is not int existing || existing != version)
                {
                    throw new InvalidOperationException(
                        $"The PostgreSQL schema '{await ScalarAsync(connection, "SELECT current_schema()", cancellationToken)}' was made by another " +
                        $"version of TelnyxMock (schema {found ?? "unknown"}, this version uses {version}). Drop its tables, or point the " +
                        "connection string at another database or Search Path.");
                }
            }
            else
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, script + $"\nINSERT INTO mock_schema (version) VALUES ({version});", cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            await CreateTrigramIndexesAsync(connection, model, services, cancellationToken);
            ReplicaNumber = (long)(await ScalarAsync(connection, "SELECT nextval('mock_replica_numbers')", cancellationToken))!;
            services.GetRequiredService<Common.IdGenerator>().UseReplicaNumber(ReplicaNumber);
        }
        finally
        {
            await ExecuteAsync(connection, SchemaUnlock, CancellationToken.None);
        }
    }

    /// <summary>
    /// The substring filters' trigram indexes, outside the versioned schema: a schema made before them gets them, and
    /// where pg_trgm may not be created (it ships with PostgreSQL but some servers leave it out) the filters still
    /// answer, by scanning, and the log says so once.
    /// </summary>
    private static async Task CreateTrigramIndexesAsync(NpgsqlConnection connection, Microsoft.EntityFrameworkCore.Metadata.IModel model, IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, SubstringSearch.PostgresExtension, cancellationToken);
            // Null when another session dropped the extension since (with the schema it lived in).
            if (await ScalarAsync(connection, SubstringSearch.PostgresExtensionSchema, cancellationToken) is not string schema)
            {
                throw new PostgresException("pg_trgm was dropped while it was being set up", "WARNING", "WARNING", "55000");
            }

            await ExecuteAsync(connection, SubstringSearch.PostgresScript(model, schema), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException e)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            services.GetRequiredService<ILoggerFactory>().CreateLogger<PostgresStore>().LogWarning(
                "Substring filters will scan every row: the pg_trgm extension or its indexes could not be created ({Reason}).", e.MessageText);
        }
    }

    public override async Task<string?> ProbeAsync(CancellationToken cancellationToken)
    {
        await using var command = Command("SELECT 1");
        await command.ExecuteScalarAsync(cancellationToken);
        return null;
    }

    /// <summary>A command on the control API's connections, its values bound as $1, $2…, strings as PostgreSQL can store them.</summary>
    public NpgsqlCommand Command(string sql, params object?[] values)
    {
        var command = dataSource.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value is string text ? PostgresText.Storable(text) : value ?? DBNull.Value });
        }

        return command;
    }

    /// <summary>Deletes a control table's rows, or one account's; returns how many went.</summary>
    public async Task<int> ClearAsync(string table, string? account, CancellationToken cancellationToken)
    {
        await using var command = account is null
            ? Command($"DELETE FROM {table}")
            : Command($"DELETE FROM {table} WHERE account = $1", account);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Closes the control API's connections and the idle ones of EF's pool (a test host's store is disposed with it).</summary>
    public override void Dispose()
    {
        dataSource.Dispose();
        using var pooled = new NpgsqlConnection(ConnectionString);
        NpgsqlConnection.ClearPool(pooled);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }
}
