using Microsoft.Data.Sqlite;
using TelnyxMock.Data;
using TelnyxMock.Tests.V2;

namespace TelnyxMock.Tests.Filters;

/// <summary>A SQLite file made before the substring indexes (by the create script alone) gets them, filled, at start.</summary>
public sealed class SubstringIndexUpgradeTests
{
    [Fact]
    public async Task FileMadeWithoutTheIndexes_GetsThemFilled_AndKeepsItsData()
    {
        var file = Path.Combine(Path.GetTempPath(), $"telnyxmock-{Guid.NewGuid():N}.db");
        try
        {
            using (var first = new TelnyxMockApplication(databaseFile: file))
            {
                await V2Api.CreateNamedAsync(first.BearerClient(), "Harbour Gate");
                await V2Api.CreateNamedAsync(first.BearerClient(), "Lighthouse");
            }

            SqliteConnection.ClearAllPools();
            var dropped = WithoutSearchIndexes(file);

            using var second = new TelnyxMockApplication(databaseFile: file);
            var client = second.BearerClient();
            var names = (await (await client.GetAsync("/v2/ip_connections?filter[connection_name][contains]=RBOUR")).ExpectAsync(200))["data"]!.AsArray().Select(c => c!["connection_name"].Str());

            Assert.True(dropped > 0);
            Assert.Equal(["Harbour Gate"], names);
            Assert.Equal(1L, Scalar(file, "SELECT count(*) FROM \"v2_ip_connections_NameKey_search\" WHERE \"v2_ip_connections_NameKey_search\" MATCH '\"rbour\"'"));
            Assert.NotEqual(DatabaseSetup.VersionOf(SqliteStore.SchemaScript()), Convert.ToInt32(Scalar(file, "PRAGMA user_version")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Drops the FTS5 tables and their triggers and records the version of the create script alone, as a file of the previous release; returns how many tables went.</summary>
    private static int WithoutSearchIndexes(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        var objects = new List<(string Type, string Name)>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT type, name FROM sqlite_master WHERE name LIKE '%\\_search%' ESCAPE '\\' AND (type = 'trigger' OR sql LIKE 'CREATE VIRTUAL TABLE%')";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                objects.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        using var drop = connection.CreateCommand();
        drop.CommandText = string.Concat(objects.OrderBy(o => o.Type == "table").Select(o => $"DROP {o.Type.ToUpperInvariant()} \"{o.Name}\";"))
            + $"PRAGMA user_version = {DatabaseSetup.VersionOf(SqliteStore.SchemaScript())};";
        drop.ExecuteNonQuery();
        return objects.Count(o => o.Type == "table");
    }

    private static object? Scalar(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
