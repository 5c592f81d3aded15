using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TelnyxMock.Tests.V1;

namespace TelnyxMock.Tests.Fixtures;

/// <summary>A fixtures file loaded at every start of a persistent store: entries without an id are not added twice.</summary>
public sealed class FixtureFileRestartTests : IDisposable
{
    private const string Document = """
    [
      { "account": "alice", "v1_connections": [ { "connection_name": "softphone", "credentials": [ { "user_name": "alice-desk", "password": "pw" } ] } ] },
      {
        "account": "KEY_alice",
        "outbound_voice_profiles": [ { "name": "default" } ],
        "ip_connections": [ { "connection_name": "office", "ips": [ { "ip_address": "192.0.2.1" } ] }, { "connection_name": "branch" } ],
        "credential_connections": [ { "connection_name": "phones", "user_name": "alicephones", "password": "secret12" } ],
        "phone_numbers": [ { "phone_number": "+13125550100" } ]
      }
    ]
    """;

    private readonly string database = Path.Combine(Path.GetTempPath(), $"telnyxmock-{Guid.NewGuid():N}.db");
    private readonly string fixtures = Path.Combine(Path.GetTempPath(), $"telnyxmock-fixtures-{Guid.NewGuid():N}.json");

    public FixtureFileRestartTests() => File.WriteAllText(fixtures, Document);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { database, database + "-wal", database + "-shm", fixtures })
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Restart_WithTheSameFixturesFile_KeepsOneOfEachEntryWithoutAnId_UnderTheSameIds()
    {
        var first = await StartAndReadAsync(fixtures);
        var second = await StartAndReadAsync(fixtures);

        Assert.Equal(["branch", "office"], Names(second["ip_connections"]));
        Assert.Equal(["default"], Names(second["outbound_voice_profiles"], "name"));
        Assert.Equal(["phones"], Names(second["credential_connections"]));
        Assert.Single(second["ips"]);
        Assert.Single(second["phone_numbers"]);
        Assert.Single(second["v1"]);
        foreach (var (section, entries) in first)
        {
            Assert.Equal(Ids(entries), Ids(second[section]));
        }
    }

    [Fact]
    public async Task Restart_WithTheSameFixturesFile_KeepsWhatClientsCreated()
    {
        using (var app = new TelnyxMockApplication(Settings(fixtures), database))
        {
            await (await app.BearerClient().PostJsonAsync("/v2/ip_connections", """{"connection_name": "made-by-a-test"}""")).ExpectAsync(201);
        }

        var after = await StartAndReadAsync(fixtures);

        Assert.Equal(["branch", "made-by-a-test", "office"], Names(after["ip_connections"]));
    }

    [Fact]
    public async Task Restart_WithAnotherFixturesFile_AddsItsEntries()
    {
        var other = Path.Combine(Path.GetTempPath(), $"telnyxmock-fixtures-{Guid.NewGuid():N}.json");
        File.WriteAllText(other, """{ "account": "KEY_alice", "ip_connections": [ { "connection_name": "office" } ] }""");
        try
        {
            await StartAndReadAsync(fixtures);
            var after = await StartAndReadAsync(other);

            Assert.Equal(["branch", "office", "office"], Names(after["ip_connections"]));
        }
        finally
        {
            File.Delete(other);
        }
    }

    [Fact]
    public async Task LoadThroughTheControlApi_Twice_AddsEntriesWithoutAnIdTwice()
    {
        // Only a file has a place to derive ids from; a document posted twice is two loads, as before.
        using var app = new TelnyxMockApplication();
        var control = app.CreateClient();
        for (var load = 0; load < 2; load++)
        {
            await (await control.PostJsonAsync("/_mock/fixtures", """{ "account": "KEY_alice", "ip_connections": [ { "connection_name": "office" } ] }""")).ExpectAsync(200);
        }

        var list = await (await app.BearerClient().GetAsync("/v2/ip_connections")).ExpectAsync(200);
        Assert.Equal(2, list["data"]!.AsArray().Count);
    }

    private async Task<Dictionary<string, JsonArray>> StartAndReadAsync(string file)
    {
        using var app = new TelnyxMockApplication(Settings(file), database);
        var v2 = app.BearerClient();
        var read = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var section in new[] { "ip_connections", "outbound_voice_profiles", "credential_connections", "ips", "phone_numbers" })
        {
            read[section] = (await (await v2.GetAsync($"/v2/{section}?page[size]=250")).ExpectAsync(200))["data"]!.AsArray();
        }

        read["v1"] = [.. (await app.V1Client("alice").ListAsync()).Select(c => c?.DeepClone())];
        return read;
    }

    private static Dictionary<string, string?> Settings(string file) => new() { ["TelnyxMock:FixturesFile"] = file };

    private static string[] Names(JsonArray entries, string field = "connection_name") =>
        [.. entries.Select(e => e![field].Str()).Order(StringComparer.Ordinal)];

    private static string[] Ids(JsonArray entries) => [.. entries.Select(e => e!["id"]!.ToString()).Order(StringComparer.Ordinal)];
}
