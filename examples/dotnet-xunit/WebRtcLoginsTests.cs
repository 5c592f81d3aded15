using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TelnyxMock.Testing;

namespace TrunkProvisioning;

/// <summary>A mock that signs telephony credential tokens with a secret the tests know, so they can check signatures.</summary>
public sealed class WebRtcMockFixture : IAsyncLifetime
{
    public const string TokenSecret = "webrtc-example-token-secret";

    public TelnyxMockServer Telnyx { get; private set; } = null!;

    public async Task InitializeAsync() => Telnyx = await TelnyxMockServer.StartAsync(o =>
    {
        o.Strict = true;
        o.Settings["TelnyxMock:TokenSecret"] = TokenSecret;
    });

    public async Task DisposeAsync() => await Telnyx.DisposeAsync();
}

public sealed class WebRtcLoginsTests(WebRtcMockFixture fixture) : IClassFixture<WebRtcMockFixture>, IAsyncLifetime
{
    private const string Account = "KEY_webrtc";

    private readonly TelnyxMockServer telnyx = fixture.Telnyx;

    /// <summary>A full reset also puts the mock's clock back on real time.</summary>
    public async Task InitializeAsync() => await telnyx.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private HttpClient TelnyxClient()
    {
        var client = new HttpClient { BaseAddress = telnyx.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Account);
        return client;
    }

    /// <summary>The application's credential connection, set up as it would be once, by hand or by provisioning code.</summary>
    private static async Task<string> CreateCredentialConnectionAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("v2/credential_connections", new
        {
            connection_name = "webrtc-app",
            user_name = $"webrtc{Guid.NewGuid():N}"[..24],
            password = "password-1234",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["id"]!.GetValue<string>();
    }

    /// <summary>A JWT's claims, after checking that its header says HS256 and its signature is <paramref name="secret"/>'s.</summary>
    private static JsonObject VerifiedClaims(string token, string secret)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        var header = JsonNode.Parse(Base64Url.DecodeFromChars(parts[0]))!;
        Assert.Equal("HS256", header["alg"]!.GetValue<string>());
        Assert.Equal("JWT", header["typ"]!.GetValue<string>());
        Assert.True(SignedWith(token, secret), "the token's signature is not the secret's (HS256)");
        return JsonNode.Parse(Base64Url.DecodeFromChars(parts[1]))!.AsObject();
    }

    /// <summary>Whether the JWT's signature is the HMAC-SHA256, keyed with <paramref name="secret"/>, of its header and claims.</summary>
    private static bool SignedWith(string token, string secret)
    {
        var signed = token[..token.LastIndexOf('.')];
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(signed));
        return CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(token.AsSpan(signed.Length + 1)));
    }

    [Fact]
    public async Task Token_NamesTheCredential_AndIsSignedWithTheMocksSecret()
    {
        using var http = TelnyxClient();
        var logins = new WebRtcLogins(http, await CreateCredentialConnectionAsync(http), telnyx.Clock);

        var login = await logins.CreateAsync("alice@example.com", TimeSpan.FromHours(1));
        var token = await logins.TokenAsync(login.CredentialId);

        Assert.Matches("^gencred[A-Za-z0-9]{22}$", login.SipUsername);
        var claims = VerifiedClaims(token, WebRtcMockFixture.TokenSecret);
        Assert.Equal("telnyx_telephony", claims["iss"]!.GetValue<string>());
        Assert.Equal("telnyx_telephony", claims["aud"]!.GetValue<string>());
        Assert.Equal(login.CredentialId, claims["sub"]!.GetValue<string>());
        Assert.Equal(login.CredentialId, claims["telephony_credential_id"]!.GetValue<string>());
        Assert.Equal(login.SipUsername, claims["sip_username"]!.GetValue<string>());
        Assert.Equal(Account, claims["user_id"]!.GetValue<string>());
        var issued = DateTimeOffset.FromUnixTimeSeconds(claims["iat"]!.GetValue<long>());
        Assert.InRange(issued, telnyx.Clock.Now.AddMinutes(-1), telnyx.Clock.Now);
        Assert.Equal(TimeSpan.FromHours(24), DateTimeOffset.FromUnixTimeSeconds(claims["exp"]!.GetValue<long>()) - issued);
        Assert.False(SignedWith(token, "some other secret"));
    }

    [Fact]
    public async Task Token_OnceTheMocksClockPassesExpiresAt_IsRefusedWith422()
    {
        using var http = TelnyxClient();
        var logins = new WebRtcLogins(http, await CreateCredentialConnectionAsync(http), telnyx.Clock);
        var login = await logins.CreateAsync("bob@example.com", TimeSpan.FromHours(1));
        Assert.NotNull(await logins.TokenAsync(login.CredentialId));

        // Two hours later, without waiting two hours: every read and expiry check of the mock uses its clock.
        telnyx.Clock.Advance(TimeSpan.FromHours(2));
        Assert.True(telnyx.Clock.Now > login.ExpiresAt);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => logins.TokenAsync(login.CredentialId));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        var stored = (await http.GetFromJsonAsync<JsonObject>($"v2/telephony_credentials/{login.CredentialId}"))!["data"]!;
        Assert.True(stored["expired"]!.GetValue<bool>());
        using var refusal = await http.PostAsync($"v2/telephony_credentials/{login.CredentialId}/token", content: null);
        var problem = (await refusal.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![0]!;
        Assert.Equal("/expires_at", problem["source"]!["pointer"]!.GetValue<string>());
    }

    [Fact]
    public async Task Token_WorksAgain_WhenTheClockIsBackOnRealTime()
    {
        using var http = TelnyxClient();
        var logins = new WebRtcLogins(http, await CreateCredentialConnectionAsync(http), telnyx.Clock);
        var login = await logins.CreateAsync("carol@example.com", TimeSpan.FromMinutes(30));

        // The control API moves the clock too (the way to do it for a mock in another process or container).
        var clock = await telnyx.Control.AdvanceClockAsync(TimeSpan.FromMinutes(31));
        Assert.False(clock.Real);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => logins.TokenAsync(login.CredentialId));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);

        Assert.True((await telnyx.Control.UseRealTimeAsync()).Real);
        var claims = VerifiedClaims(await logins.TokenAsync(login.CredentialId), WebRtcMockFixture.TokenSecret);
        Assert.Equal(login.CredentialId, claims["sub"]!.GetValue<string>());
    }
}
