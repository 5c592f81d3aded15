using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TelnyxMock.Tests.Control;

namespace TelnyxMock.Tests.V2;

/// <summary>
/// <c>/v2/telephony_credentials</c> and its token, as the neighbourhood reference and issue 20 describe them: a
/// credential on one of the account's credential connections, generated SIP login, <c>resource_id</c>,
/// <c>expired</c> by the mock's clock, the list's filters, the 1,000-per-tag limit, the cascade from its connection, and
/// an HS256 JWT signed with the configured secret.
/// </summary>
public sealed class TelephonyCredentialTests : IDisposable
{
    private const string Path = "/v2/telephony_credentials";

    private const string Secret = "test-secret-for-tokens";

    private readonly TelnyxMockApplication app = new(new Dictionary<string, string?> { ["TelnyxMock:TokenSecret"] = Secret });

    public void Dispose() => app.Dispose();

    private static async Task<string> CredentialConnectionAsync(HttpClient client, string name = "webrtc") =>
        (await (await client.PostJsonAsync("/v2/credential_connections",
            $$"""{"connection_name": "{{name}}", "user_name": "u{{Guid.NewGuid().ToString("N")[..12]}}", "password": "password1"}""")).ExpectAsync(201))["data"]!["id"].Str();

    private static async Task<JsonNode> CreateAsync(HttpClient client, string json) =>
        (await (await client.PostJsonAsync(Path, json)).ExpectAsync(201))["data"]!;

    [Fact]
    public async Task Create_OnACredentialConnection_AnswersTheReferencesFields_WithAGeneratedLogin()
    {
        var client = app.BearerClient("KEY_webrtc");
        var connection = await CredentialConnectionAsync(client);

        var credential = await CreateAsync(client, $$"""{"connection_id": "{{connection}}", "name": "browser", "tag": "web", "expires_at": "2099-01-01T00:00:00Z"}""");

        Assert.Equal(
            ["created_at", "expired", "expires_at", "id", "name", "record_type", "resource_id", "sip_password", "sip_username", "updated_at", "user_id"],
            credential.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.True(Guid.TryParse(credential["id"].Str(), out _));
        Assert.Equal("credential", credential["record_type"].Str());
        Assert.Equal($"connection:{connection}", credential["resource_id"].Str());
        Assert.Equal("KEY_webrtc", credential["user_id"].Str());
        Assert.Matches("^gencred[A-Za-z0-9]{22}$", credential["sip_username"].Str());
        Assert.Matches("^[0-9a-f]{32}$", credential["sip_password"].Str());
        Assert.False(credential["expired"]!.GetValue<bool>());
        Assert.Equal("browser", credential["name"].Str());
    }

    [Fact]
    public async Task Create_WithoutName_IsNamedByItsCreationTime_AndNeverExpires()
    {
        var client = app.BearerClient();
        var credential = await CreateAsync(client, $$"""{"connection_id": "{{await CredentialConnectionAsync(client)}}"}""");

        Assert.Equal(credential["created_at"].Str().Replace('T', ' '), credential["name"].Str());
        Assert.Null(credential["expires_at"]);
        Assert.False(credential["expired"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Create_NamingNoCredentialConnectionOfTheAccount_Is422AtConnectionId()
    {
        var client = app.BearerClient("KEY_a");
        var ip = (await (await client.PostJsonAsync("/v2/ip_connections", """{"connection_name": "ip"}""")).ExpectAsync(201))["data"]!["id"].Str();
        var others = await CredentialConnectionAsync(app.BearerClient("KEY_b"));

        foreach (var id in new[] { ip, others, "123", "0" + others })
        {
            await (await client.PostJsonAsync(Path, $$"""{"connection_id": "{{id}}"}""")).Expect422Async("/connection_id");
        }

        await (await client.PostJsonAsync(Path, "{}")).Expect422Async("/connection_id");
        await (await client.PostJsonAsync(Path, """{"connection_id": null}""")).Expect422Async("/connection_id");
        Assert.Equal(0, await client.TotalAsync(Path));
    }

    [Fact]
    public async Task Create_WithEveryFieldWrong_ReportsEachAtOnce()
    {
        var client = app.BearerClient();
        var response = await client.PostJsonAsync(Path, """{"connection_id": 5, "name": ["x"], "tag": 3, "expires_at": "tomorrow"}""");

        await response.Expect422Async("/connection_id", "/name", "/tag", "/expires_at");
    }

    [Fact]
    public async Task Update_ChangesNameTagAndExpiry_AndMovesToAnotherCredentialConnection()
    {
        var client = app.BearerClient();
        var first = await CredentialConnectionAsync(client, "first");
        var second = await CredentialConnectionAsync(client, "second");
        var credential = await CreateAsync(client, $$"""{"connection_id": "{{first}}", "tag": "a"}""");
        var id = credential["id"].Str();

        var updated = (await (await client.PatchJsonAsync($"{Path}/{id}", $$"""{"connection_id": "{{second}}", "name": "renamed", "tag": "b", "expires_at": "2098-01-01T00:00:00Z"}""")).ExpectAsync(200))["data"]!;

        Assert.Equal($"connection:{second}", updated["resource_id"].Str());
        Assert.Equal("renamed", updated["name"].Str());
        Assert.Equal("2098-01-01T00:00:00Z", updated["expires_at"].Str());
        Assert.Equal(credential["sip_username"].Str(), updated["sip_username"].Str());
        Assert.Equal(1, await client.TotalAsync($"{Path}?filter[tag]=b"));
        Assert.Equal(0, await client.TotalAsync($"{Path}?filter[tag]=a"));
    }

    [Fact]
    public async Task DeletingTheCredentialConnection_DeletesItsCredentials()
    {
        var client = app.BearerClient();
        var doomed = await CredentialConnectionAsync(client, "doomed");
        var kept = await CredentialConnectionAsync(client, "kept");
        var gone = await CreateAsync(client, $$"""{"connection_id": "{{doomed}}"}""");
        var stays = await CreateAsync(client, $$"""{"connection_id": "{{kept}}"}""");

        await (await client.DeleteAsync($"/v2/credential_connections/{doomed}")).ExpectAsync(200);

        await (await client.GetAsync($"{Path}/{gone["id"].Str()}")).ExpectAsync(404);
        await (await client.GetAsync($"{Path}/{stays["id"].Str()}")).ExpectAsync(200);
        Assert.Equal(1, await client.TotalAsync(Path));
    }

    [Fact]
    public async Task List_FiltersByTagNameStatusResourceAndUserName_Pages50ByDefault()
    {
        var client = app.BearerClient();
        var connection = await CredentialConnectionAsync(client);
        var other = await CredentialConnectionAsync(client, "other");
        var expired = await CreateAsync(client, $$"""{"connection_id": "{{connection}}", "name": "old", "tag": "t1", "expires_at": "2001-01-01T00:00:00Z"}""");
        var active = await CreateAsync(client, $$"""{"connection_id": "{{other}}", "name": "new", "tag": "t1"}""");
        for (var i = 0; i < 50; i++)
        {
            await CreateAsync(client, $$"""{"connection_id": "{{connection}}", "tag": "bulk"}""");
        }

        Assert.True(expired["expired"]!.GetValue<bool>());
        Assert.Equal([active["id"].Str()], await IdsAsync(client, "?filter[status]=active&filter[tag]=t1"));
        Assert.Equal([expired["id"].Str()], await IdsAsync(client, "?filter[status]=expired"));
        Assert.Equal([expired["id"].Str()], await IdsAsync(client, "?filter[name]=old"));
        Assert.Equal([active["id"].Str()], await IdsAsync(client, $"?filter[resource_id]=connection:{other}"));
        Assert.Equal([expired["id"].Str()], await IdsAsync(client, $"?filter[sip_username]={expired["sip_username"].Str()}"));
        var page = await (await client.GetAsync(Path)).ExpectAsync(200);
        Assert.Equal(50, page["data"]!.AsArray().Count);
        Assert.Equal(52, page["meta"]!["total_results"]!.GetValue<int>());
        await (await client.GetAsync($"{Path}?filter[status]=stale")).ExpectV2ErrorAsync(400, "10015", "/filter/status");
    }

    [Fact]
    public async Task ATag_HoldsAtMostAThousandCredentials()
    {
        var client = app.BearerClient();
        var connection = await CredentialConnectionAsync(client);
        var entries = new JsonArray([.. Enumerable.Range(0, 1000).Select(_ => (JsonNode)new JsonObject { ["connection_id"] = connection, ["tag"] = "full" })]);
        await app.CreateClient().LoadFixturesAsync(new JsonObject { ["account"] = "KEY_alice", ["telephony_credentials"] = entries }.ToJsonString());

        var refused = await client.PostJsonAsync(Path, $$"""{"connection_id": "{{connection}}", "tag": "full"}""");

        var errors = await refused.Expect422Async("/tag");
        Assert.Contains("1000", errors[0]!["detail"].Str());
        await CreateAsync(client, $$"""{"connection_id": "{{connection}}", "tag": "another"}""");
        var moved = await CreateAsync(client, $$"""{"connection_id": "{{connection}}", "tag": "spare"}""");
        await (await client.PatchJsonAsync($"{Path}/{moved["id"].Str()}", """{"tag": "full"}""")).Expect422Async("/tag");
        Assert.Equal(1000, await client.TotalAsync($"{Path}?filter[tag]=full"));
    }

    [Fact]
    public async Task Token_IsAJwtSignedWithTheSecret_NamingTheCredential_ValidFor24Hours()
    {
        var client = app.BearerClient();
        var credential = await CreateAsync(client, $$"""{"connection_id": "{{await CredentialConnectionAsync(client)}}"}""");

        var response = await client.PostAsync($"{Path}/{credential["id"].Str()}/token", null);

        Assert.Equal(201, (int)response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var token = await response.Content.ReadAsStringAsync();
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Equal("""{"alg":"HS256","typ":"JWT"}""", Encoding.UTF8.GetString(Base64Url(parts[0])));
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        Assert.Equal(expected, Base64Url(parts[2]));
        var claims = JsonNode.Parse(Base64Url(parts[1]))!;
        Assert.Equal(credential["id"].Str(), claims["sub"].Str());
        Assert.Equal(credential["id"].Str(), claims["telephony_credential_id"].Str());
        Assert.Equal(credential["sip_username"].Str(), claims["sip_username"].Str());
        Assert.Equal("telnyx_telephony", claims["iss"].Str());
        Assert.Equal(24 * 3600, claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>());
        Assert.InRange(claims["iat"]!.GetValue<long>(), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Token_ForAnExpiredCredential_Is422_AndForAnUnknownOrForeignOne404()
    {
        var client = app.BearerClient("KEY_owner");
        var connection = await CredentialConnectionAsync(client);
        var expired = await CreateAsync(client, $$"""{"connection_id": "{{connection}}", "expires_at": "2001-01-01T00:00:00Z"}""");
        var active = await CreateAsync(client, $$"""{"connection_id": "{{connection}}"}""");

        await (await client.PostAsync($"{Path}/{expired["id"].Str()}/token", null)).Expect422Async("/expires_at");
        await (await app.BearerClient("KEY_other").PostAsync($"{Path}/{active["id"].Str()}/token", null)).ExpectAsync(404);
        await (await client.PostAsync($"{Path}/{Guid.NewGuid()}/token", null)).ExpectAsync(404);
        await (await client.PostAsync($"{Path}/12345/token", null)).ExpectAsync(404);
    }

    [Fact]
    public async Task Fixtures_LoadCredentialsOnAConnectionOfTheSameDocument()
    {
        var result = await app.CreateClient().LoadFixturesAsync("""
            {"account": "KEY_fixtures",
             "credential_connections": [{"id": "1000000000000000777", "connection_name": "c", "user_name": "fixtureuser7", "password": "password1"}],
             "telephony_credentials": [{"id": "1000000000000000778", "connection_id": "1000000000000000777", "name": "loaded", "tag": "f"}]}
            """);

        Assert.True(result["loaded"]!.GetValue<bool>());
        var listed = await (await app.BearerClient("KEY_fixtures").GetAsync($"{Path}?filter[tag]=f")).ExpectAsync(200);
        var credential = Assert.Single(listed["data"]!.AsArray())!;
        Assert.Equal("loaded", credential["name"].Str());
        Assert.Equal("connection:1000000000000000777", credential["resource_id"].Str());
    }

    private static async Task<List<string>> IdsAsync(HttpClient client, string query) =>
        [.. (await (await client.GetAsync(Path + query)).ExpectAsync(200))["data"]!.AsArray().Select(c => c!["id"].Str())];

    private static byte[] Base64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
