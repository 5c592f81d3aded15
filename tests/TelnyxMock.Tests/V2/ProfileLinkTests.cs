using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>
/// <c>outbound.outbound_voice_profile_id</c> of IP, credential and FQDN connections is a link to
/// <c>/v2/outbound_voice_profiles</c>: null or the exact id of one of the same account's profiles (a JSON integer is taken
/// as its digits), checked with the body's other fields; deleting the profile clears it from every connection naming it;
/// a profile's <c>connections_count</c> counts them; fixtures may name a profile of the same document in any order.
/// </summary>
public sealed class ProfileLinkTests : IDisposable
{
    private const string Pointer = "/outbound/outbound_voice_profile_id";
    private const string Profiles = "/v2/outbound_voice_profiles";
    private const string IpConnections = "/v2/ip_connections";
    private const string CredentialConnections = "/v2/credential_connections";
    private const string FqdnConnections = "/v2/fqdn_connections";

    private readonly TelnyxMockApplication app = new();
    private int users;

    public void Dispose() => app.Dispose();

    public static TheoryData<string> Types => [IpConnections, CredentialConnections, FqdnConnections];

    /// <summary>Every connection type with every way of naming no profile of the account.</summary>
    public static TheoryData<string, string> TypesAndStrangers
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var path in new[] { IpConnections, CredentialConnections, FqdnConnections })
            {
                foreach (var stranger in new[] { "deleted profile", "another account's profile", "leading zero", "leading space" })
                {
                    data.Add(path, stranger);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(TypesAndStrangers))]
    public async Task Create_NamingNoProfileOfTheAccount_Is422AtItsPointer_WithTheBodysOtherFailure_AndStoresNothing(string path, string stranger)
    {
        var client = app.BearerClient();
        var profile = await client.CreateProfileAsync();
        var value = await StrangerAsync(client, profile, stranger);
        var body = Naming(Body(path, "stranger"), value);
        body["connection_name"] = 5;

        var errors = await (await client.PostJsonAsync(path, body.ToJsonString())).Expect422Async(Pointer, "/connection_name");

        Assert.Equal($"outbound_voice_profile_id must be the id of one of your outbound voice profiles, got '{value}'.",
            errors.Single(e => e!["source"]!["pointer"].Str() == Pointer)!["detail"].Str());
        Assert.Empty((await GetAsync(client, path))["data"]!.AsArray());
        Assert.Equal(0, (await GetAsync(client, "/v2/connections"))["meta"]!["total_results"]!.GetValue<int>());
        Assert.Equal(0, await CountAsync(client, profile));
    }

    [Theory]
    [MemberData(nameof(TypesAndStrangers))]
    public async Task Update_NamingNoProfileOfTheAccount_Is422AtItsPointer_WithTheBodysOtherFailure_AndStoresNothing(string path, string stranger)
    {
        var client = app.BearerClient();
        var profile = await client.CreateProfileAsync();
        var created = await CreateAsync(client, path, Naming(Body(path, "kept"), profile));
        var value = await StrangerAsync(client, profile, stranger);
        var patch = Naming(new JsonObject { ["connection_name"] = 5 }, value);

        var errors = await (await client.PatchJsonAsync($"{path}/{created["id"].Str()}", patch.ToJsonString())).Expect422Async(Pointer, "/connection_name");

        Assert.Equal($"outbound_voice_profile_id must be the id of one of your outbound voice profiles, got '{value}'.",
            errors.Single(e => e!["source"]!["pointer"].Str() == Pointer)!["detail"].Str());
        Assert.True(JsonNode.DeepEquals(created, (await GetAsync(client, $"{path}/{created["id"].Str()}"))["data"]));
        Assert.Equal(1, await CountAsync(client, profile));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task RealId_AsStringOrInteger_IsStoredAsTheString_AndAllConnectionsShowsIt(string path)
    {
        var client = app.BearerClient();
        var profile = await client.CreateProfileAsync();
        var asNumber = JsonValue.Create(long.Parse(profile, CultureInfo.InvariantCulture));

        var fromString = await CreateAsync(client, path, Naming(Body(path, "from string"), profile));
        var fromNumber = await CreateAsync(client, path, Naming(Body(path, "from number"), asNumber));
        var patched = await CreateAsync(client, path, Body(path, "patched"));
        patched = (await (await client.PatchJsonAsync($"{path}/{patched["id"].Str()}", Naming(new JsonObject(), asNumber.DeepClone()).ToJsonString())).ExpectAsync(200))["data"]!;

        foreach (var connection in new[] { fromString, fromNumber, patched })
        {
            var id = connection["id"].Str();
            Assert.Equal(JsonValueKind.String, connection["outbound"]!["outbound_voice_profile_id"]!.GetValueKind());
            Assert.Equal(profile, connection["outbound"]!["outbound_voice_profile_id"].Str());
            Assert.Equal(profile, (await GetAsync(client, $"{path}/{id}"))["data"]!["outbound"]!["outbound_voice_profile_id"].Str());
            Assert.Equal(profile, (await GetAsync(client, $"/v2/connections/{id}"))["data"]!["outbound_voice_profile_id"].Str());
        }

        var all = await GetAsync(client, $"/v2/connections?filter[outbound_voice_profile_id]={profile}");
        Assert.Equal(3, all["data"]!.AsArray().Count);
        Assert.All(all["data"]!.AsArray(), c => Assert.Equal(profile, c!["outbound_voice_profile_id"].Str()));
    }

    [Fact]
    public async Task DeletingAProfile_ClearsItFromEveryConnectionNamingIt_MovingUpdatedAt_AndLeavesThemUpdatable()
    {
        var client = app.BearerClient();
        var doomed = await client.CreateProfileAsync("doomed");
        var kept = await client.CreateProfileAsync("kept");
        var naming = new List<(string Path, JsonNode Connection)>();
        foreach (var path in new[] { IpConnections, CredentialConnections, FqdnConnections })
        {
            naming.Add((path, await CreateAsync(client, path, Naming(Body(path, "doomed"), doomed))));
        }

        var others = new List<(string Path, JsonNode Connection)>();
        foreach (var path in new[] { IpConnections, CredentialConnections, FqdnConnections })
        {
            others.Add((path, await CreateAsync(client, path, Naming(Body(path, "kept"), kept))));
        }

        var deleted = await (await client.DeleteAsync($"{Profiles}/{doomed}")).ExpectAsync(200);

        Assert.Equal(doomed, deleted["data"]!["id"].Str());
        await (await client.GetAsync($"{Profiles}/{doomed}")).ExpectAsync(404);
        foreach (var (path, before) in naming)
        {
            var id = before["id"].Str();
            var after = (await GetAsync(client, $"{path}/{id}"))["data"]!;
            Assert.Null(after["outbound"]!["outbound_voice_profile_id"]);
            Assert.True(after["outbound"]!.AsObject().ContainsKey("outbound_voice_profile_id"));
            Assert.True(string.CompareOrdinal(after["updated_at"].Str(), before["updated_at"].Str()) > 0, $"{path}: updated_at {after["updated_at"]} is not after {before["updated_at"]}");
            Assert.Equal(before["created_at"].Str(), after["created_at"].Str());
            after["outbound"]!["outbound_voice_profile_id"] = doomed;
            after["updated_at"] = before["updated_at"]!.DeepClone();
            Assert.True(JsonNode.DeepEquals(before, after), $"{path}: only the profile and updated_at should change");

            var renamed = (await (await client.PatchJsonAsync($"{path}/{id}", """{"connection_name": "renamed"}""")).ExpectAsync(200))["data"]!;
            Assert.Equal("renamed", renamed["connection_name"].Str());
            Assert.Null(renamed["outbound"]!["outbound_voice_profile_id"]);
            var relinked = (await (await client.PatchJsonAsync($"{path}/{id}", Naming(new JsonObject(), kept).ToJsonString())).ExpectAsync(200))["data"]!;
            Assert.Equal(kept, relinked["outbound"]!["outbound_voice_profile_id"].Str());
            await (await client.PatchJsonAsync($"{path}/{id}", Naming(new JsonObject(), doomed).ToJsonString())).Expect422Async(Pointer);
        }

        foreach (var (path, before) in others)
        {
            Assert.True(JsonNode.DeepEquals(before, (await GetAsync(client, $"{path}/{before["id"].Str()}"))["data"]), $"{path}: a connection naming another profile changed");
        }

        Assert.Equal(0, (await GetAsync(client, $"/v2/connections?filter[outbound_voice_profile_id]={doomed}"))["meta"]!["total_results"]!.GetValue<int>());
        Assert.Equal(6, (await GetAsync(client, $"/v2/connections?filter[outbound_voice_profile_id]={kept}"))["meta"]!["total_results"]!.GetValue<int>());
    }

    [Fact]
    public async Task ConnectionsCount_CountsTheAccountsConnectionsOfEveryTypeNamingTheProfile_AndFollowsEveryWrite()
    {
        var client = app.BearerClient();
        var first = await client.CreateProfileAsync("first");
        var second = await client.CreateProfileAsync("second");
        var bob = app.BearerClient("KEY_bob");
        var bobs = await bob.CreateProfileAsync("bobs");
        await CreateAsync(bob, IpConnections, Naming(Body(IpConnections, "bob's"), bobs));
        await AssertCountsAsync(client, (first, 0), (second, 0));

        var ip = await CreateAsync(client, IpConnections, Naming(Body(IpConnections, "ip"), first));
        await AssertCountsAsync(client, (first, 1), (second, 0));
        var credential = await CreateAsync(client, CredentialConnections, Naming(Body(CredentialConnections, "credential"), JsonValue.Create(long.Parse(first, CultureInfo.InvariantCulture))));
        await AssertCountsAsync(client, (first, 2), (second, 0));
        var fqdn = await CreateAsync(client, FqdnConnections, Naming(Body(FqdnConnections, "fqdn"), first));
        await CreateAsync(client, FqdnConnections, Body(FqdnConnections, "none"));
        await AssertCountsAsync(client, (first, 3), (second, 0));

        await (await client.PatchJsonAsync($"{FqdnConnections}/{fqdn["id"].Str()}", Naming(new JsonObject(), second).ToJsonString())).ExpectAsync(200);
        await AssertCountsAsync(client, (first, 2), (second, 1));
        await (await client.PatchJsonAsync($"{CredentialConnections}/{credential["id"].Str()}", Naming(new JsonObject(), null).ToJsonString())).ExpectAsync(200);
        await AssertCountsAsync(client, (first, 1), (second, 1));
        await (await client.PatchJsonAsync($"{IpConnections}/{ip["id"].Str()}", """{"connection_name": "still first"}""")).ExpectAsync(200);
        await AssertCountsAsync(client, (first, 1), (second, 1));
        await (await client.DeleteAsync($"{IpConnections}/{ip["id"].Str()}")).ExpectAsync(200);
        await AssertCountsAsync(client, (first, 0), (second, 1));
        await (await client.DeleteAsync($"{FqdnConnections}/{fqdn["id"].Str()}")).ExpectAsync(200);
        await AssertCountsAsync(client, (first, 0), (second, 0));

        Assert.Equal(1, await CountAsync(bob, bobs));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Fixtures_AConnectionMayNameAProfileOfTheSameDocument_InAnyOrder(bool profilesFirst)
    {
        var profiles = """ "outbound_voice_profiles": [{"id": "3000000000000000001", "name": "office"}] """;
        var connections = """
            "ip_connections": [{"id": "3100000000000000001", "connection_name": "ip", "outbound": {"outbound_voice_profile_id": "3000000000000000001"}}],
            "credential_connections": [{"id": "3100000000000000002", "connection_name": "credential", "user_name": "fixture01", "password": "password1",
                                        "outbound": {"outbound_voice_profile_id": 3000000000000000001}}],
            "fqdn_connections": [{"id": "3100000000000000003", "connection_name": "fqdn", "outbound": {"outbound_voice_profile_id": "3000000000000000001"}}]
            """;
        var document = profilesFirst ? $$"""{"account": "KEY_alice", {{profiles}}, {{connections}}}""" : $$"""{"account": "KEY_alice", {{connections}}, {{profiles}}}""";

        await (await app.CreateClient().PostJsonAsync("/_mock/fixtures", document)).ExpectAsync(200);

        var client = app.BearerClient();
        foreach (var (path, id) in new[] { (IpConnections, "3100000000000000001"), (CredentialConnections, "3100000000000000002"), (FqdnConnections, "3100000000000000003") })
        {
            Assert.Equal("3000000000000000001", (await GetAsync(client, $"{path}/{id}"))["data"]!["outbound"]!["outbound_voice_profile_id"].Str());
        }

        Assert.Equal(3, await CountAsync(client, "3000000000000000001"));
    }

    [Theory]
    [InlineData("""{"account": "KEY_alice", "outbound_voice_profiles": [{"id": "3000000000000000001", "name": "office"}], "ip_connections": [{"connection_name": "ip", "outbound": {"outbound_voice_profile_id": "3000000000000000002"}}]}""",
        "/ip_connections/0/outbound/outbound_voice_profile_id")]
    [InlineData("""{"account": "KEY_alice", "outbound_voice_profiles": [{"id": "3000000000000000001", "name": "office"}], "ip_connections": [{"connection_name": "ip", "outbound": {"outbound_voice_profile_id": "03000000000000000001"}}]}""",
        "/ip_connections/0/outbound/outbound_voice_profile_id")]
    [InlineData("""[{"account": "KEY_bob", "outbound_voice_profiles": [{"id": "3000000000000000001", "name": "office"}]}, {"account": "KEY_alice", "fqdn_connections": [{"connection_name": "fqdn", "outbound": {"outbound_voice_profile_id": "3000000000000000001"}}]}]""",
        "/1/fqdn_connections/0/outbound/outbound_voice_profile_id")]
    public async Task Fixtures_AConnectionNamingNoProfileOfItsAccount_Is422AtTheEntrysPointer_AndNothingIsLoaded(string document, string pointer)
    {
        var response = await app.CreateClient().PostJsonAsync("/_mock/fixtures", document);

        var body = await response.ExpectAsync(422);
        var error = Assert.Single(body["errors"]!.AsArray());
        Assert.Equal(pointer, error!["source"]!["pointer"].Str());
        Assert.StartsWith("outbound_voice_profile_id must be the id of one of your outbound voice profiles", error["detail"].Str());
        foreach (var key in new[] { "KEY_alice", "KEY_bob" })
        {
            var client = app.BearerClient(key);
            Assert.Empty((await GetAsync(client, Profiles))["data"]!.AsArray());
            Assert.Equal(0, (await GetAsync(client, "/v2/connections"))["meta"]!["total_results"]!.GetValue<int>());
        }
    }

    /// <summary>A create body for a connection of the type at <paramref name="path"/>: credential connections need a user name of their own and a password.</summary>
    private JsonObject Body(string path, string name)
    {
        var body = new JsonObject { ["connection_name"] = name };
        if (path == CredentialConnections)
        {
            body["user_name"] = $"link{++users:D4}";
            body["password"] = "password1";
        }

        return body;
    }

    private static JsonObject Naming(JsonObject body, JsonNode? profile)
    {
        body["outbound"] = new JsonObject { ["outbound_voice_profile_id"] = profile };
        return body;
    }

    /// <summary>An id, well formed or nearly, that names no profile of the client's account.</summary>
    private async Task<string> StrangerAsync(HttpClient client, string profile, string stranger) => stranger switch
    {
        "deleted profile" => await DeletedProfileAsync(client),
        "another account's profile" => await app.BearerClient("KEY_bob").CreateProfileAsync("bobs"),
        "leading zero" => "0" + profile,
        "leading space" => " " + profile,
        _ => throw new ArgumentOutOfRangeException(nameof(stranger), stranger, null),
    };

    private static async Task<string> DeletedProfileAsync(HttpClient client)
    {
        var id = await client.CreateProfileAsync("gone");
        await (await client.DeleteAsync($"{Profiles}/{id}")).ExpectAsync(200);
        return id;
    }

    private static async Task<JsonNode> CreateAsync(HttpClient client, string path, JsonObject body) =>
        (await (await client.PostJsonAsync(path, body.ToJsonString())).ExpectAsync(201))["data"]!;

    private static async Task<JsonNode> GetAsync(HttpClient client, string path) => await (await client.GetAsync(path)).ExpectAsync(200);

    /// <summary>The profile's <c>connections_count</c> on retrieve, after checking the list says the same.</summary>
    private static async Task<int> CountAsync(HttpClient client, string profile)
    {
        var retrieved = (await GetAsync(client, $"{Profiles}/{profile}"))["data"]!["connections_count"]!.GetValue<int>();
        var listed = (await GetAsync(client, $"{Profiles}"))["data"]!.AsArray().Single(p => p!["id"].Str() == profile)!["connections_count"]!.GetValue<int>();
        Assert.True(retrieved == listed, $"profile {profile}: connections_count {retrieved} on retrieve, {listed} in the list");
        return retrieved;
    }

    private static async Task AssertCountsAsync(HttpClient client, params (string Profile, int Count)[] expected)
    {
        foreach (var (profile, count) in expected)
        {
            Assert.Equal(count, await CountAsync(client, profile));
        }
    }
}
