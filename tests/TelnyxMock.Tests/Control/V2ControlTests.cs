using TelnyxMock.Tests.V2;
using V1Calls = TelnyxMock.Tests.V1.V1Api;

namespace TelnyxMock.Tests.Control;

/// <summary>The control API over the V2 surface: reset, fixtures, journal and faults know nothing of V2's types.</summary>
public sealed class V2ControlTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Reset_OneAccount_ClearsItsV1AndV2DataAndLeavesOthers()
    {
        await app.BearerClient("KEY_a").CreateNamedAsync("a2");
        await V1Calls.CreateNamedAsync(app.BearerClient("KEY_a"), "a1");
        await app.BearerClient("KEY_b").CreateNamedAsync("b2");

        var result = await app.CreateClient().ResetAsync("""{"account": "KEY_a"}""");

        Assert.Equal(1, result["deleted"]!["v2_ip_connections"].Int());
        Assert.Equal(1, result["deleted"]!["v1_connections"].Int());
        Assert.Empty((await app.BearerClient("KEY_a").ListAsync())["data"]!.AsArray());
        Assert.Empty(await V1Calls.ListAsync(app.BearerClient("KEY_a")));
        Assert.Equal(["b2"], (await app.BearerClient("KEY_b").ListAsync()).Names());
    }

    [Fact]
    public async Task Fixtures_IpConnectionsThirdEntryBad_StoresNothingOfEitherSection()
    {
        var response = await app.CreateClient().PostJsonAsync("/_mock/fixtures", """
            {"account": "KEY_a",
             "v1_connections": [{"connection_name": "v1"}],
             "ip_connections": [{"connection_name": "One"}, {"connection_name": "Two"}, {"connection_name": "Three", "inbound": {"timeout_1xx_secs": 300}}]}
            """);

        await response.ExpectPointerAsync(422, "/ip_connections/2/inbound/timeout_1xx_secs");
        Assert.Empty((await app.BearerClient("KEY_a").ListAsync())["data"]!.AsArray());
        Assert.Empty(await V1Calls.ListAsync(app.BearerClient("KEY_a")));
    }

    [Fact]
    public async Task Fixtures_IpConnections_AreListedForTheAccount()
    {
        await app.CreateClient().LoadFixturesAsync("""{"ip_connections": [{"connection_name": "One"}]}""", "?account=KEY_a");

        Assert.Equal(["One"], (await app.BearerClient("KEY_a").ListAsync()).Names());
    }

    [Fact]
    public async Task Journal_RecordsV2RequestsWithTheBearerKeyRedacted()
    {
        using var configured = new TelnyxMockApplication(new Dictionary<string, string?>
        {
            ["TelnyxMock:Accounts:0:Name"] = "acme",
            ["TelnyxMock:Accounts:0:ApiKeys:0"] = "KEY_secret_acme",
        });
        await configured.BearerClient("KEY_secret_acme").CreateNamedAsync("x");

        var response = await configured.CreateClient().GetAsync("/_mock/requests?path=/v2/");
        var text = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("KEY_secret_acme", text);
        var entry = (await response.ExpectAsync(200))["requests"]!.AsArray().Single()!;
        Assert.Equal((201, "acme", "POST"), (entry["status"].Int(), entry["account"].Str(), entry["method"].Str()));
    }

    [Fact]
    public async Task Fault_OnV2Create_Answers429InTheV2EnvelopeAndStoresNothing()
    {
        await app.CreateClient().AddFaultAsync("""{"method": "POST", "path": "/v2/ip_connections*", "status": 429, "times": 1}""");
        var client = app.BearerClient();

        var response = await client.PostJsonAsync(V2Api.Path, """{"connection_name": "x"}""");

        var body = await response.ExpectAsync(429);
        Assert.Equal("10011", body["errors"]![0]!["code"].Str());
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Empty((await client.ListAsync())["data"]!.AsArray());
        await client.CreateNamedAsync("second try");
    }

    [Theory]
    [InlineData("""{"connection_name": "x", "no_such_field": 1}""", "/no_such_field")]
    [InlineData("""{"connection_name": "x", "inbound": {"no_such_field": 1}}""", "/inbound/no_such_field")]
    public async Task Strict_On_V2UnknownField_Returns422PointingAtIt(string body, string pointer)
    {
        using var strict = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:Strict"] = "true" });

        var response = await strict.BearerClient().PostJsonAsync(V2Api.Path, body);

        await response.ExpectV2ErrorAsync(422, "10015", pointer);
        Assert.Empty((await strict.BearerClient().ListAsync())["data"]!.AsArray());
    }

    [Fact]
    public async Task Strict_Off_V2UnknownFieldIsIgnored()
    {
        await app.BearerClient().CreateAsync("""{"connection_name": "x", "no_such_field": 1}""");
    }
}
