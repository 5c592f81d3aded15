using Npgsql;

namespace TelnyxMock.Tests;

/// <summary>
/// A schema of its own in the PostgreSQL database named by <c>TELNYXMOCK_TEST_POSTGRES</c> (an Npgsql connection
/// string), dropped with everything in it when disposed; the connection string it hands out puts it first on the
/// search path, which is where the mock creates its tables.
/// </summary>
public sealed class PostgresSchema : IDisposable
{
    public const string Variable = "TELNYXMOCK_TEST_POSTGRES";

    private readonly string server;
    private readonly string name = $"t_{Guid.NewGuid():N}";
    private bool dropped;

    private static readonly object ExtensionGate = new();

    private static bool extensionCreated;

    private PostgresSchema(string server)
    {
        this.server = server;
        // The mock creates pg_trgm where it lacks it: in its own (first) schema. A test schema's extension would be
        // dropped with it, and the trigram indexes of every other test schema with it, in the middle of their tests.
        lock (ExtensionGate)
        {
            if (!extensionCreated)
            {
                Execute("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public");
                extensionCreated = true;
            }
        }

        Execute($"CREATE SCHEMA {name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = name }.ConnectionString;
    }

    /// <summary>The PostgreSQL server the tests run against, or null for SQLite.</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public string ConnectionString { get; }

    public static PostgresSchema? CreateIfConfigured() => Server is { } server ? new PostgresSchema(server) : null;

    /// <summary>A schema on the configured server; the test that asks is skipped by its caller when there is none.</summary>
    public static PostgresSchema Create() => new(Server ?? throw new InvalidOperationException($"{Variable} is not set."));

    public void Dispose()
    {
        if (dropped)
        {
            return;
        }

        dropped = true;
        Execute($"DROP SCHEMA IF EXISTS {name} CASCADE");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
