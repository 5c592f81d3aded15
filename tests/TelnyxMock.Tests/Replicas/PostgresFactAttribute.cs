namespace TelnyxMock.Tests.Replicas;

/// <summary>A test that needs a PostgreSQL server: it runs in CI's PostgreSQL leg (<c>TELNYXMOCK_TEST_POSTGRES</c> set) and is skipped, saying why, elsewhere.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (PostgresSchema.Server is null)
        {
            Skip = $"needs PostgreSQL: set {PostgresSchema.Variable} to an Npgsql connection string (.ci/run does, in its PostgreSQL leg)";
        }
    }
}

/// <summary>Several mocks in this process on one PostgreSQL schema, as replicas of one team-shared mock are.</summary>
public sealed class SharedStore : IDisposable
{
    private readonly PostgresSchema schema = PostgresSchema.Create();

    public SharedStore(int replicas, IReadOnlyDictionary<string, string?>? settings = null) =>
        Replicas = Enumerable.Range(0, replicas).Select(i => Replica($"replica-{i}", settings)).ToList();

    public IReadOnlyList<TelnyxMockApplication> Replicas { get; }

    public string ConnectionString => schema.ConnectionString;

    /// <summary>
    /// One more mock on the same schema. Each names itself in its connection string, as replicas' configurations may
    /// differ: nothing a replica keeps per connection string (its write gate, say) is then shared in-process, as it
    /// would not be between processes.
    /// </summary>
    public TelnyxMockApplication Replica(string name, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["TelnyxMock:Store"] = "postgres",
            ["ConnectionStrings:TelnyxMock"] = new Npgsql.NpgsqlConnectionStringBuilder(schema.ConnectionString) { ApplicationName = name }.ConnectionString,
            ["TelnyxMock:ReplicaName"] = name,
        });

    public void Dispose()
    {
        foreach (var replica in Replicas)
        {
            replica.Dispose();
        }

        schema.Dispose();
    }
}
