using System.Net.Http.Headers;

namespace TelnyxMock.Tests.V1;

public sealed class AuthAndIsolationTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    public static TheoryData<string, string> Operations => new()
    {
        { "GET", "" },
        { "POST", "" },
        { "GET", "/1000000000000000001" },
        { "PUT", "/1000000000000000001" },
        { "DELETE", "/1000000000000000001" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task NoCredential_Returns401OnEveryOperation(string method, string suffix)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), V1Api.Path + suffix)
        {
            Content = method is "POST" or "PUT" ? HttpTestExtensions.Json("""{"connection_name": "x"}""") : null,
        };

        var body = await (await app.CreateClient().SendAsync(request)).ExpectAsync(401);

        Assert.Equal("""{"success":false,"message":"Unauthorized"}""", body.ToJsonString());
    }

    [Theory]
    [InlineData("x-api-user", "alice", null, null)]
    [InlineData("x-api-token", "secret", null, null)]
    [InlineData("x-api-user", "", "x-api-token", "secret")]
    [InlineData("Authorization", "Bearer ", null, null)]
    [InlineData("Authorization", "Basic YWxpY2U6c2VjcmV0", null, null)]
    [InlineData("Authorization", "Token", null, null)]
    public async Task IncompleteCredential_Returns401(string header, string value, string? header2, string? value2)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation(header, value);
        if (header2 is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation(header2, value2);
        }

        await (await client.GetAsync(V1Api.Path)).ExpectAsync(401);
    }

    [Fact]
    public async Task BadBodyWithoutCredential_Returns401First()
    {
        await (await app.CreateClient().PostJsonAsync(V1Api.Path, "{bad")).ExpectAsync(401);
    }

    [Fact]
    public async Task BearerAndTokenSchemes_AreAccepted_AndNameTheSameAccountAsTheKey()
    {
        var bearer = app.BearerClient("KEY_1");
        var token = app.CreateClient();
        token.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", "KEY_1");

        var created = await bearer.CreateNamedAsync("shared");

        Assert.Equal(["shared"], (await token.ListAsync()).Names());
        await (await token.GetAsync($"{V1Api.Path}/{created["id"].Str()}")).ExpectAsync(200);
    }

    [Fact]
    public async Task Accounts_NeverSeeEachOthersConnections()
    {
        var alice = app.V1Client("alice");
        var bob = app.V1Client("bob");
        var id = (await alice.CreateNamedAsync("alice-office"))["id"].Str();
        await bob.CreateNamedAsync("bob-office");

        Assert.Equal(["alice-office"], (await alice.ListAsync()).Names());
        Assert.Equal(["bob-office"], (await bob.ListAsync()).Names());
        Assert.Empty(await bob.ListAsync("?filter_connection_name=alice"));
        await (await bob.GetAsync($"{V1Api.Path}/{id}")).ExpectAsync(404);
        await (await bob.PutJsonAsync($"{V1Api.Path}/{id}", """{"connection_name": "stolen"}""")).ExpectAsync(404);
        await (await bob.DeleteAsync($"{V1Api.Path}/{id}")).ExpectAsync(404);
        Assert.Equal("alice-office", (await (await alice.GetAsync($"{V1Api.Path}/{id}")).ExpectAsync(200))["connection_name"].Str());
    }

    [Fact]
    public async Task ConfiguredAccounts_AcceptOnlyTheirCredentials()
    {
        using var configured = new TelnyxMockApplication(new Dictionary<string, string?>
        {
            ["TelnyxMock:Accounts:0:Name"] = "acme",
            ["TelnyxMock:Accounts:0:ApiKeys:0"] = "KEY_ACME",
            ["TelnyxMock:Accounts:0:V1Users:0:User"] = "acme-user",
            ["TelnyxMock:Accounts:0:V1Users:0:Token"] = "acme-token",
        });

        await configured.V1Client("acme-user", "acme-token").CreateNamedAsync("by-user");

        Assert.Equal(["by-user"], (await configured.BearerClient("KEY_ACME").ListAsync()).Names());
        await (await configured.V1Client("acme-user", "wrong").GetAsync(V1Api.Path)).ExpectAsync(401);
        await (await configured.V1Client("someone", "acme-token").GetAsync(V1Api.Path)).ExpectAsync(401);
        await (await configured.BearerClient("KEY_OTHER").GetAsync(V1Api.Path)).ExpectAsync(401);
    }
}
