using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

public sealed class NotFoundAndAuthTests : IDisposable
{
    private const string AuthFailed = """{"errors":[{"code":"10009","title":"Authentication failed","detail":"Could not understand the provided credentials.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10009"}}]}""";
    private const string NotFound = """{"errors":[{"code":"10005","title":"Resource not found","detail":"The requested resource or URL could not be found.","source":{"pointer":"/"},"meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10005"}}]}""";

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    public static TheoryData<string> Methods => ["GET", "PATCH", "DELETE"];

    [Theory]
    [InlineData("GET", "1293384261075731499")]
    [InlineData("PATCH", "1293384261075731499")]
    [InlineData("DELETE", "1293384261075731499")]
    [InlineData("GET", "abc")]
    [InlineData("PATCH", "abc")]
    [InlineData("DELETE", "abc")]
    [InlineData("GET", "0")]
    [InlineData("GET", "-5")]
    [InlineData("GET", "99999999999999999999999")]
    public async Task UnknownOrMalformedId_Returns404WithCode10005(string method, string id)
    {
        var response = await Send(app.BearerClient(), method, $"{V2Api.Path}/{id}");

        var body = await response.ExpectAsync(404);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(NotFound), body), body.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task OtherAccountsConnection_Returns404AndIsLeftAlone(string method)
    {
        var alice = app.BearerClient("KEY_alice");
        var created = await alice.CreateNamedAsync("alice's");
        var path = $"{V2Api.Path}/{created["id"].Str()}";

        var response = await Send(app.BearerClient("KEY_bob"), method, path);

        await response.ExpectV2ErrorAsync(404, "10005", "/");
        var fetched = (await (await alice.GetAsync(path)).ExpectAsync(200))["data"];
        Assert.True(JsonNode.DeepEquals(created, fetched));
    }

    [Fact]
    public async Task List_ShowsOnlyTheCallersConnections()
    {
        await app.BearerClient("KEY_alice").CreateNamedAsync("alice-1");
        await app.BearerClient("KEY_bob").CreateNamedAsync("bob-1");
        await app.BearerClient("KEY_alice").CreateNamedAsync("alice-2");

        Assert.Equal(["alice-2", "alice-1"], (await app.BearerClient("KEY_alice").ListAsync()).Names());
        Assert.Equal(["bob-1"], (await app.BearerClient("KEY_bob").ListAsync()).Names());
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "")]
    [InlineData("GET", "/1293384261075731499")]
    [InlineData("PATCH", "/1293384261075731499")]
    [InlineData("DELETE", "/1293384261075731499")]
    public async Task WithoutBearer_Returns401(string method, string suffix)
    {
        var response = await Send(app.CreateClient(), method, V2Api.Path + suffix);

        var body = await response.ExpectAsync(401);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(AuthFailed), body), body.ToJsonString());
    }

    [Theory]
    [InlineData("Token", "KEY_alice")]
    [InlineData("Basic", "dXNlcjpwYXNz")]
    [InlineData("Bearer", null)]
    public async Task OtherSchemesOrEmptyBearer_Return401(string scheme, string? value)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", value is null ? scheme : $"{scheme} {value}");

        await (await client.GetAsync(V2Api.Path)).ExpectV2ErrorAsync(401, "10009");
    }

    [Fact]
    public async Task V1HeadersOnly_Return401OnV2()
    {
        await (await app.V1Client().GetAsync(V2Api.Path)).ExpectV2ErrorAsync(401, "10009");
    }

    [Fact]
    public async Task ConfiguredAccounts_AcceptOnlyTheirKeys()
    {
        using var configured = new TelnyxMockApplication(new Dictionary<string, string?>
        {
            ["TelnyxMock:Accounts:0:Name"] = "acme",
            ["TelnyxMock:Accounts:0:ApiKeys:0"] = "KEY_acme",
        });

        await (await configured.BearerClient("KEY_other").GetAsync(V2Api.Path)).ExpectV2ErrorAsync(401, "10009");
        await configured.BearerClient("KEY_acme").CreateNamedAsync("ok");
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PATCH")
        {
            request.Content = new StringContent("{}", MediaTypeHeaderValue.Parse("application/json"));
        }

        return client.SendAsync(request);
    }
}
