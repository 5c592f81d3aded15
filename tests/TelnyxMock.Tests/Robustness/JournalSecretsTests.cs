using System.Text.Json.Nodes;
using Xunit.Abstractions;
using static TelnyxMock.Tests.Robustness.SecurityMatrix;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// The request journal never shows a credential: after every operation of both surfaces has been sent with every
/// credential style, right and wrong, the raw JSON of <c>GET /_mock/requests</c> contains none of the secrets.
/// </summary>
public sealed class JournalSecretsTests(ITestOutputHelper output)
{
    private const string AdminToken = "admin-s3cret-token";

    [Fact]
    public async Task Journal_AfterEveryCredentialStyle_RightAndWrong_ContainsNoSecret()
    {
        // A journal long enough for every request the matrix sends (the default keeps the last 1,000).
        using var app = new TelnyxMockApplication(new Dictionary<string, string?>(Accounts) { ["TelnyxMock:AdminToken"] = AdminToken, ["TelnyxMock:JournalSize"] = "10000" });
        var client = app.CreateClient();
        var credentials = new[] { "V1", "V2" }.SelectMany(s => Right(s).Concat(Wrong(s))).Concat(Extra).DistinctBy(c => c.Label).ToList();
        var sent = 0;

        foreach (var operation in Operations)
        {
            var call = await operation.PrepareAsync(client, Credential.Bearer(AcmeKey));
            sent += call.Setup;
            foreach (var credential in credentials)
            {
                await client.SendAsync(call.Request(credential));
                sent++;
            }
        }

        var text = await JournalTextAsync(client);

        var entries = JsonNode.Parse(text)!["requests"]!.AsArray();
        Assert.Equal(sent, entries.Count);
        Assert.Contains(entries, e => e!["status"]!.GetValue<int>() == 401);
        Assert.Contains(entries, e => e!["account"]?.GetValue<string>() == "acme");
        var secrets = Secrets.Concat(credentials.SelectMany(c => c.Headers.Select(h => h.Value.Split(' ').Last()))).Distinct().ToList();
        // Bodies are the registrations' request examples, journaled as sent; one holds a SIP password spelt "s3cret-passw0rd".
        // So the bare word "s3cret" is looked for outside the bodies, and every whole credential everywhere.
        var withoutBodies = new JsonArray([.. entries.Select(e => { var copy = e!.DeepClone().AsObject(); copy.Remove("body"); return (JsonNode)copy; })]).ToJsonString();
        foreach (var secret in secrets)
        {
            var searched = secret == BareWord ? withoutBodies : text;
            Assert.False(searched.Contains(secret, StringComparison.OrdinalIgnoreCase), $"the journal shows the secret '{secret}'");
        }

        output.WriteLine($"{sent} requests in {credentials.Count} credential styles journaled; {secrets.Count} secrets searched, none found");
    }

    [Fact]
    public async Task Journal_WithoutConfiguredAccounts_ShowsNeitherV1TokensNorTheAdminToken()
    {
        // Without configured accounts the Bearer key, the Token value and x-api-user *name* the account,
        // so they appear as "account"; the x-api-token secret and the admin token must still never appear.
        using var app = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:AdminToken"] = AdminToken });
        var client = app.CreateClient();
        var sent = 0;
        foreach (var operation in Operations)
        {
            var credential = operation.Surface == "V1" ? Credential.Pair("bob", "bob-token-s3cret") : Credential.Bearer("KEY_bob");
            var call = await operation.PrepareAsync(client, credential);
            var request = call.Request(credential);
            request.Headers.Add("X-Mock-Admin-Token", AdminToken);
            await client.SendAsync(request);
            sent += call.Setup + 1;
        }

        var text = await JournalTextAsync(client);

        Assert.Equal(sent, JsonNode.Parse(text)!["requests"]!.AsArray().Count);
        Assert.DoesNotContain("bob-token-s3cret", text);
        Assert.DoesNotContain(AdminToken, text);
    }

    /// <summary>Styles beyond the matrix: lower-case scheme, a scheme-less header, Basic, a cookie, the admin token sent to Telnyx.</summary>
    private static readonly Credential[] Extra =
    [
        new("bearer (lower case)", ("Authorization", $"bearer {AcmeKey}")),
        new("Authorization without a scheme", ("Authorization", "schemeless-s3cret")),
        new("Basic", ("Authorization", "Basic YmFzaWMtdXNlcjpiYXNpYy1zM2NyZXQ=")),
        new("Cookie", ("Cookie", "session=cookie-s3cret")),
        new("Proxy-Authorization", ("Proxy-Authorization", "Bearer proxy-s3cret")),
        new("admin token on the Telnyx surface", ("Authorization", $"Bearer {AcmeKey}"), ("X-Mock-Admin-Token", AdminToken)),
        new("x-api-user only", ("x-api-user", AcmeUser)),
        new("x-api-token only", ("x-api-token", AcmeToken)),
    ];

    private static readonly string[] Secrets =
    [
        AcmeKey, AcmeUser, AcmeToken, GlobexKey, GlobexUser, GlobexToken, AdminToken, BareWord,
    ];

    /// <summary>The word every secret of the matrix holds.</summary>
    private const string BareWord = "s3cret";

    private static async Task<string> JournalTextAsync(HttpClient client)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/_mock/requests");
        request.Headers.Add("Authorization", $"Bearer {AdminToken}");
        var response = await client.SendAsync(request);
        await response.ExpectAsync(200);
        return await response.Content.ReadAsStringAsync();
    }
}
