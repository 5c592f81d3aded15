using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>/v2/credential_connections: fields, defaults and rules of the reference, user names unique across the mock,
/// the typed list's filters, and check_registration_status.</summary>
public sealed class CredentialConnectionsTests : IDisposable
{
    private const string Path = "/v2/credential_connections";

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    private static async Task<JsonNode> CreateAsync(HttpClient client, string json) =>
        (await (await client.PostJsonAsync(Path, json)).ExpectAsync(201))["data"]!;

    [Fact]
    public async Task Create_AppliesTheCredentialDefaults_WhichDifferFromIpConnections()
    {
        var c = await CreateAsync(app.BearerClient(), """{"connection_name": "desk", "user_name": "desk0001", "password": "password1"}""");

        Assert.Equal("credential_connection", c["record_type"].Str());
        Assert.Equal("desk0001", c["user_name"].Str());
        Assert.Equal("password1", c["password"].Str());
        Assert.False(c["default_on_hold_comfort_noise_enabled"]!.GetValue<bool>());
        Assert.Equal("US", c["outbound"]!["localization"].Str());
        Assert.Equal("telnyx", c["outbound"]!["t38_reinvite_source"].Str());
        Assert.Equal("disabled", c["inbound"]!["simultaneous_ringing"].Str());
        Assert.Equal("disabled", c["sip_uri_calling_preference"].Str());
        Assert.Equal(3, c["inbound"]!["timeout_1xx_secs"]!.GetValue<int>());
        Assert.Null(c["transport_protocol"]);
        Assert.False(c.AsObject().ContainsKey("transport_protocol"));
        Assert.Null(c["inbound"]!["sip_region"]);
        Assert.Equal(["id", "record_type", "active"], c.AsObject().Select(p => p.Key).Take(3));
    }

    [Fact]
    public async Task Create_WithoutItsRequiredFields_ReportsEachAtOnce()
    {
        var response = await app.BearerClient().PostJsonAsync(Path, """{"inbound": {"timeout_1xx_secs": 0}}""");

        var errors = await response.Expect422Async("/connection_name", "/user_name", "/password", "/inbound/timeout_1xx_secs");
        Assert.Contains(errors, e => e!["detail"].Str() == "user_name is required.");
    }

    [Theory]
    [InlineData("abc", "/user_name")]
    [InlineData("abcdefghijklmnopqrstuvwxyz1234567", "/user_name")]
    [InlineData("has space", "/user_name")]
    [InlineData("dash-name", "/user_name")]
    public async Task UserName_Is4To32LettersAndDigits(string userName, string pointer)
    {
        var response = await app.BearerClient().PostJsonAsync(Path, $$"""{"connection_name": "x", "user_name": "{{userName}}", "password": "password1"}""");

        await response.Expect422Async(pointer);
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(8, false)]
    [InlineData(128, false)]
    [InlineData(129, true)]
    public async Task Password_Is8To128Characters(int length, bool fails)
    {
        var response = await app.BearerClient().PostJsonAsync(Path, $$"""{"connection_name": "x", "user_name": "user{{length}}", "password": "{{new string('p', length)}}"}""");

        if (fails)
        {
            await response.Expect422Async("/password");
        }
        else
        {
            await response.ExpectAsync(201);
        }
    }

    [Fact]
    public async Task UserName_IsUniqueAcrossTheMock_EvenAcrossAccounts_AndFreedByDelete()
    {
        var alice = app.BearerClient();
        var first = await CreateAsync(alice, """{"connection_name": "a", "user_name": "shared01", "password": "password1"}""");

        var bob = app.BearerClient("KEY_bob");
        var taken = await (await bob.PostJsonAsync(Path, """{"connection_name": "b", "user_name": "shared01", "password": "password1"}""")).Expect422Async("/user_name");
        Assert.Equal("user_name 'shared01' is already taken: user names are unique across Telnyx.", taken[0]!["detail"].Str());

        var other = await CreateAsync(alice, """{"connection_name": "c", "user_name": "other001", "password": "password1"}""");
        await (await alice.PatchJsonAsync($"{Path}/{other["id"].Str()}", """{"user_name": "shared01"}""")).Expect422Async("/user_name");
        await (await alice.PatchJsonAsync($"{Path}/{first["id"].Str()}", """{"user_name": "shared01", "active": false}""")).ExpectAsync(200);

        await (await alice.DeleteAsync($"{Path}/{first["id"].Str()}")).ExpectAsync(200);
        await CreateAsync(bob, """{"connection_name": "b", "user_name": "shared01", "password": "password1"}""");
    }

    [Fact]
    public async Task Texml_OnlyWithCallParking_OnTheMergedResult()
    {
        var client = app.BearerClient();
        await (await client.PostJsonAsync(Path, """{"connection_name": "t", "user_name": "texml001", "password": "password1", "webhook_api_version": "texml"}"""))
            .Expect422Async("/webhook_api_version");

        var parked = await CreateAsync(client, """{"connection_name": "t", "user_name": "texml002", "password": "password1", "webhook_api_version": "texml", "outbound": {"call_parking_enabled": true}}""");
        Assert.Equal("texml", parked["webhook_api_version"].Str());

        await (await client.PatchJsonAsync($"{Path}/{parked["id"].Str()}", """{"outbound": {"call_parking_enabled": false}}""")).Expect422Async("/webhook_api_version");
    }

    [Fact]
    public async Task List_SharesTheConnectionFilters_AndSeesOnlyCredentialConnections()
    {
        var client = app.BearerClient();
        var profile = await client.CreateProfileAsync();
        await CreateAsync(client, $$$"""{"connection_name": "Front Desk", "user_name": "front001", "password": "password1", "outbound": {"outbound_voice_profile_id": {{{profile}}}}}""");
        await CreateAsync(client, """{"connection_name": "Back Office", "user_name": "back0001", "password": "password1"}""");
        await (await client.PostJsonAsync("/v2/ip_connections", """{"connection_name": "Front trunk"}""")).ExpectAsync(201);

        var all = await (await client.GetAsync(Path + "?sort=connection_name")).ExpectAsync(200);
        Assert.Equal(["Back Office", "Front Desk"], all["data"]!.AsArray().Select(c => c!["connection_name"].Str()));
        var front = await (await client.GetAsync(Path + "?filter[connection_name][contains]=front")).ExpectAsync(200);
        Assert.Equal("Front Desk", Assert.Single(front["data"]!.AsArray())!["connection_name"].Str());
        var named = await (await client.GetAsync(Path + $"?filter[outbound_voice_profile_id]={profile}")).ExpectAsync(200);
        Assert.Single(named["data"]!.AsArray());
        await (await client.GetAsync(Path + "?page[size]=0&sort=name")).ExpectV2ErrorAsync(400, "10015", "/page/size", "/sort");
    }

    [Fact]
    public async Task CheckRegistrationStatus_IsNotRegistered_ForItsOwnConnectionsOnly()
    {
        var client = app.BearerClient();
        var c = await CreateAsync(client, """{"connection_name": "r", "user_name": "regist01", "password": "password1"}""");

        var status = await (await client.PostAsync($"{Path}/{c["id"].Str()}/actions/check_registration_status", null)).ExpectAsync(200);

        Assert.Equal("registration_status", status["data"]!["record_type"].Str());
        Assert.Equal("Not Registered", status["data"]!["status"].Str());
        Assert.Equal("regist01", status["data"]!["sip_username"].Str());
        await (await app.BearerClient("KEY_bob").PostAsync($"{Path}/{c["id"].Str()}/actions/check_registration_status", null)).ExpectAsync(404);
        await (await client.PostAsync($"{Path}/1/actions/check_registration_status", null)).ExpectAsync(404);
        await (await app.CreateClient().PostAsync($"{Path}/{c["id"].Str()}/actions/check_registration_status", null)).ExpectAsync(401);
    }

    [Fact]
    public async Task RetrieveUpdateDelete_ArePartialAndPerAccount()
    {
        var client = app.BearerClient();
        var c = await CreateAsync(client, """{"connection_name": "p", "user_name": "partial1", "password": "password1", "inbound": {"codecs": ["OPUS"]}}""");
        var path = $"{Path}/{c["id"].Str()}";

        var updated = (await (await client.PatchJsonAsync(path, """{"inbound": {"timeout_1xx_secs": 9}}""")).ExpectAsync(200))["data"]!;
        Assert.Equal(["OPUS"], updated["inbound"]!["codecs"]!.AsArray().Select(x => x.Str()));
        Assert.Equal(9, updated["inbound"]!["timeout_1xx_secs"]!.GetValue<int>());
        Assert.Equal("partial1", updated["user_name"].Str());

        await (await app.BearerClient("KEY_bob").GetAsync(path)).ExpectAsync(404);
        await (await app.BearerClient("KEY_bob").DeleteAsync(path)).ExpectAsync(404);
        await (await client.DeleteAsync(path)).ExpectAsync(200);
        await (await client.GetAsync(path)).ExpectAsync(404);
    }
}
