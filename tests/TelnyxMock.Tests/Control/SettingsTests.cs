using System.Net.Http.Headers;
using TelnyxMock.Tests.V1;

namespace TelnyxMock.Tests.Control;

/// <summary>The <c>TelnyxMock:Accounts</c> and <c>TelnyxMock:Strict</c> settings, seen through V1.</summary>
public sealed class SettingsTests : IDisposable
{
    private readonly TelnyxMockApplication configured = new(new Dictionary<string, string?>
    {
        ["TelnyxMock:Accounts:0:Name"] = "acme",
        ["TelnyxMock:Accounts:0:ApiKeys:0"] = "KEY_acme",
        ["TelnyxMock:Accounts:0:V1Users:0:User"] = "acme-user",
        ["TelnyxMock:Accounts:0:V1Users:0:Token"] = "acme-token",
        ["TelnyxMock:Accounts:1:Name"] = "globex",
        ["TelnyxMock:Accounts:1:ApiKeys:0"] = "KEY_globex",
    });

    public void Dispose() => configured.Dispose();

    [Fact]
    public async Task Accounts_Configured_AcceptTheirCredentialsAsOneAccount()
    {
        var created = await configured.V1Client("acme-user", "acme-token").CreateNamedAsync("Shared");

        var byKey = await configured.BearerClient("KEY_acme").ListAsync();
        var token = configured.CreateClient();
        token.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", "KEY_acme");
        var byToken = await token.ListAsync();

        Assert.Equal([created["id"].Str()], byKey.Select(c => c!["id"].Str()));
        Assert.Single(byToken);
        Assert.Empty(await configured.BearerClient("KEY_globex").ListAsync());
    }

    [Fact]
    public async Task Accounts_Configured_RejectOtherCredentials()
    {
        var unknownKey = await configured.BearerClient("KEY_other").GetAsync(V1Api.Path);
        var unknownUser = await configured.V1Client("someone", "acme-token").GetAsync(V1Api.Path);
        var wrongToken = await configured.V1Client("acme-user", "wrong").GetAsync(V1Api.Path);

        foreach (var response in new[] { unknownKey, unknownUser, wrongToken })
        {
            var body = await response.ExpectAsync(401);
            Assert.Equal("Unauthorized", body["message"].Str());
        }
    }

    [Fact]
    public async Task Accounts_NotConfigured_AnyCredentialNamesAnAccount()
    {
        using var open = new TelnyxMockApplication();

        await open.BearerClient("KEY_anything").CreateNamedAsync("x");
        await open.V1Client("whoever", "whatever").CreateNamedAsync("y");

        Assert.Equal(["x"], (await open.BearerClient("KEY_anything").ListAsync()).Names());
    }

    [Fact]
    public async Task Strict_On_CreateWithUnknownField_Returns400NamingIt()
    {
        using var strict = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:Strict"] = "true" });

        var response = await strict.V1Client().PostJsonAsync(V1Api.Path, """{"connection_name": "x", "no_such_field": 1}""");

        await response.ExpectV1ErrorAsync(400, "no_such_field");
        Assert.Empty(await strict.V1Client().ListAsync());
    }

    [Fact]
    public async Task Strict_On_UpdateWithUnknownField_Returns400NamingIt()
    {
        using var strict = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:Strict"] = "true" });
        var client = strict.V1Client();
        var created = await client.CreateNamedAsync("x");

        var response = await client.PutJsonAsync($"{V1Api.Path}/{created["id"].Str()}", """{"connection_name": "y", "conection_name": "z"}""");

        await response.ExpectV1ErrorAsync(400, "conection_name");
    }

    [Fact]
    public async Task Strict_Off_UnknownFieldIsIgnored()
    {
        using var lenient = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:Strict"] = "false" });

        await lenient.V1Client().CreateAsync("""{"connection_name": "x", "no_such_field": 1}""");
    }
}
