using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TelnyxMock.Data;
using TelnyxMock.Tests.Replicas;

namespace TelnyxMock.Tests.Filters;

/// <summary>
/// The contains filters are served by the database's trigram index: the commands a list request runs are read from
/// EF's log and handed back to the database's own planner (SQLite's <c>EXPLAIN QUERY PLAN</c>, PostgreSQL's
/// <c>EXPLAIN</c>), which must name the index. Without the index (a plain substring test) these fail.
/// </summary>
public sealed class SubstringIndexPlanTests
{
    /// <summary>
    /// Each contains filter, a needle that names one seeded resource of each type, and the FTS5 table that must answer it.
    /// V1's user-name filter reads connections that hold a matching credential: it asks the index for the credentials,
    /// and still reads the account's connections (fixtures are their only source, so there are few).
    /// </summary>
    public static TheoryData<string, string> Filters => new()
    {
        { "/v2/ip_connections?filter[connection_name][contains]=tion-042", "v2_ip_connections_NameKey_search" },
        { "/v2/connections?filter[connection_name][contains]=tion-042", "v2_credential_connections_NameKey_search" },
        { "/v2/connections?filter[connection_name][contains]=tion-042", "v2_fqdn_connections_NameKey_search" },
        { "/v2/connections?filter[connection_name][contains]=tion-042", "v2_ip_connections_NameKey_search" },
        { "/v2/credential_connections?filter[connection_name][contains]=tion-042", "v2_credential_connections_NameKey_search" },
        { "/v2/fqdn_connections?filter[connection_name][contains]=tion-042", "v2_fqdn_connections_NameKey_search" },
        { "/security/connections?filter_connection_name=tion-042", "v1_connections_NameKey_search" },
        { "/security/connections?filter_auth_user_name=user042", "v1_credentials_UserNameKey_search" },
        { "/v2/outbound_voice_profiles?filter[name][contains]=tion-042", "v2_outbound_voice_profiles_NameKey_search" },
        { "/v2/phone_numbers?filter[phone_number]=3000", "v2_phone_numbers_Digits_search" },
        { "/v2/phone_numbers/voice?filter[phone_number]=3000", "v2_phone_numbers_Digits_search" },
        { "/v2/phone_numbers?filter[voice.connection_name][contains]=tion-042", "v2_phone_numbers_ConnectionNameKey_search" },
        { "/v2/phone_numbers/voice?filter[connection_name][contains]=tion-042", "v2_phone_numbers_ConnectionNameKey_search" },
        { "/v2/phone_numbers?filter[tag]=tag-042", "v2_phone_numbers_TagsKey_search" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task SqliteList_AsksTheFts5TrigramTable_AndReadsOnlyTheRowsItNames(string url, string fts)
    {
        var log = new ExecutedSql();
        using var app = log.Watch(new TelnyxMockApplication(ExecutedSql.Settings("Data Source=:memory:")));
        await SeedAsync(app, 100);
        log.Clear();

        var body = await (await (url.StartsWith("/security", StringComparison.Ordinal) ? app.V1Client() : app.BearerClient()).GetAsync(url)).ExpectAsync(200);

        Assert.Equal(url.StartsWith("/v2/connections", StringComparison.Ordinal) ? 3 : 1, (body is JsonArray array ? array : body["data"]!.AsArray()).Count);
        await using var connection = new SqliteConnection(app.Services.GetRequiredService<MockStore>().ConnectionString);
        await connection.OpenAsync();
        var (parameters, search) = log.Find(c => c.Contains($"FROM \"{fts}\"", StringComparison.Ordinal));
        Assert.Contains($"SCAN {fts} VIRTUAL TABLE INDEX 0:M", await ExecutedSql.PlanAsync(connection, "EXPLAIN QUERY PLAN", search, parameters), StringComparison.Ordinal);
        if (url.Contains("filter_auth_user_name", StringComparison.Ordinal))
        {
            return;
        }

        // The list's own query reads the rows the index named, by key, rather than every row of the account.
        var (listParameters, list) = log.Find(c => c.Contains("\"Document\"", StringComparison.Ordinal) && c.Contains("LIMIT", StringComparison.Ordinal) || c.Contains("\"Document\"", StringComparison.Ordinal) && url.StartsWith("/security", StringComparison.Ordinal));
        Assert.Matches("USING INTEGER PRIMARY KEY|USING PRIMARY KEY", await ExecutedSql.PlanAsync(connection, "EXPLAIN QUERY PLAN", list, listParameters));
    }

    [PostgresFact]
    public async Task PostgresList_UsesTheTrigramIndex()
    {
        // In public, where no test's schema drops it with itself (the mock creates it in its own schema when it is missing).
        await using (var server = new NpgsqlConnection(PostgresSchema.Server))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public", server);
            await create.ExecuteNonQueryAsync();
        }

        using var schema = PostgresSchema.Create();
        var log = new ExecutedSql();
        using var app = log.Watch(new TelnyxMockApplication(ExecutedSql.Settings(schema.ConnectionString, "postgres")));
        // Enough rows that reading every row of the account costs PostgreSQL more than asking the index.
        for (var batch = 0; batch < 4; batch++)
        {
            var entries = new JsonArray([.. Enumerable.Range(batch * 500, 500).Select(i => (JsonNode)new JsonObject { ["connection_name"] = $"connection-{i:0000}" })]);
            await (await app.CreateClient().PostJsonAsync("/_mock/fixtures", new JsonObject { ["account"] = "KEY_alice", ["ip_connections"] = entries }.ToJsonString())).ExpectAsync(200);
        }

        log.Clear();
        var found = await (await app.BearerClient().GetAsync("/v2/ip_connections?filter[connection_name][contains]=tion-0042")).ExpectAsync(200);

        Assert.Single(found["data"]!.AsArray());
        var (parameters, sql) = log.Find(c => c.Contains("LIKE", StringComparison.Ordinal) && c.Contains("\"Document\"", StringComparison.Ordinal));
        await using var connection = new NpgsqlConnection(schema.ConnectionString);
        await connection.OpenAsync();
        await using (var analyze = new NpgsqlCommand("ANALYZE v2_ip_connections", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        var plan = await ExecutedSql.PlanAsync(connection, "EXPLAIN", sql, parameters, name => name.Contains("account", StringComparison.OrdinalIgnoreCase) ? "KEY_alice" : "%tion-0042%");
        Assert.True(plan.Contains("IX_v2_ip_connections_NameKey_trgm", StringComparison.Ordinal), $"{sql}\n{parameters}\n{plan}");
        var indexes = await ExecutedSql.PlanAsync(connection, "", "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname LIKE '%trgm' ORDER BY 1", "");
        Assert.Equal(
            "IX_v1_connections_NameKey_trgm IX_v1_credentials_UserNameKey_trgm IX_v2_credential_connections_NameKey_trgm IX_v2_fqdn_connections_NameKey_trgm " +
            "IX_v2_ip_connections_NameKey_trgm IX_v2_outbound_voice_profiles_NameKey_trgm IX_v2_phone_numbers_ConnectionNameKey_trgm IX_v2_phone_numbers_Digits_trgm " +
            "IX_v2_phone_numbers_TagsKey_trgm",
            indexes.Replace('\n', ' '));
    }

    /// <summary><paramref name="count"/> of each: connections, profiles, numbers, V1 connections with credentials, named "connection-000"….</summary>
    private static async Task SeedAsync(WebApplicationFactory<Program> app, int count)
    {
        JsonArray Many(Func<int, JsonObject> entry) => new([.. Enumerable.Range(0, count).Select(i => (JsonNode)entry(i))]);
        var v2 = new JsonObject
        {
            ["account"] = "KEY_alice",
            ["ip_connections"] = Many(i => new() { ["id"] = $"100000000000000{i:0000}", ["connection_name"] = $"connection-{i:000}" }),
            ["credential_connections"] = Many(i => new() { ["connection_name"] = $"connection-{i:000}", ["user_name"] = $"cred{i:000}x", ["password"] = "password1" }),
            ["fqdn_connections"] = Many(i => new() { ["connection_name"] = $"connection-{i:000}" }),
            ["outbound_voice_profiles"] = Many(i => new() { ["name"] = $"connection-{i:000}" }),
            ["phone_numbers"] = Many(i => new()
            {
                ["phone_number"] = $"+1303416{3000 + i * 3:0000}", ["connection_id"] = $"100000000000000{i:0000}", ["tags"] = new JsonArray($"tag-{i:000}"),
            }),
        };
        var v1 = new JsonObject
        {
            ["account"] = "alice",
            ["v1_connections"] = Many(i => new() { ["connection_name"] = $"connection-{i:000}", ["credentials"] = new JsonArray(new JsonObject { ["user_name"] = $"user{i:000}", ["password"] = "pw" }) }),
        };
        foreach (var document in new[] { v2, v1 })
        {
            await (await app.CreateClient().PostJsonAsync("/_mock/fixtures", document.ToJsonString())).ExpectAsync(200);
        }
    }
}
