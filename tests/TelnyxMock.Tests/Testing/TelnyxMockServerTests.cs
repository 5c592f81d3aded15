using System.Net;
using System.Net.Sockets;
using TelnyxMock.Control;
using TelnyxMock.Common;
using TelnyxMock.Testing;

namespace TelnyxMock.Tests.Testing;

/// <summary>TelnyxMock.Testing: the real mock in-process, started in one line, driven through its typed control client.</summary>
public sealed class TelnyxMockServerTests
{
    [Fact]
    public async Task StartAsync_ServesTelnyxOnLoopbackAndAFreePort()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync();

        Assert.Equal("127.0.0.1", telnyx.BaseUrl.Host);
        Assert.NotEqual(0, telnyx.BaseUrl.Port);
        Assert.Equal($"http://127.0.0.1:{telnyx.BaseUrl.Port}/v2", telnyx.V2BaseUrl.ToString());
        using var client = telnyx.CreateClient();
        var created = await (await client.PostJsonAsync("/v2/ip_connections", """{"connection_name": "office"}""")).ExpectAsync(201);
        var id = created["data"]!["id"].Str();
        var fetched = await (await client.GetAsync($"/v2/ip_connections/{id}")).ExpectAsync(200);
        Assert.Equal("office", fetched["data"]!["connection_name"].Str());
    }

    [Fact]
    public async Task TwoServers_DoNotShareState()
    {
        await using var first = await TelnyxMockServer.StartAsync();
        await using var second = await TelnyxMockServer.StartAsync();
        using var one = first.CreateClient();
        using var two = second.CreateClient();

        await (await one.PostJsonAsync("/v2/ip_connections", """{"connection_name": "only-in-first"}""")).ExpectAsync(201);

        Assert.NotEqual(first.BaseUrl, second.BaseUrl);
        Assert.Equal(1, (await (await one.GetAsync("/v2/ip_connections")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
        Assert.Equal(0, (await (await two.GetAsync("/v2/ip_connections")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
    }

    [Fact]
    public async Task Strict_RejectsUnknownFields()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync(o => o.Strict = true);
        using var client = telnyx.CreateClient();

        var body = await (await client.PostJsonAsync("/v2/ip_connections", """{"connection_nam": "typo"}""")).ExpectAsync(422);

        Assert.Equal("/connection_nam", body["errors"]![0]!["source"]!["pointer"].Str());
    }

    [Fact]
    public async Task Fixtures_AreLoadedBeforeStartAsyncReturns()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync(o => o.Fixtures = new
        {
            account = "KEY_test",
            ip_connections = new[] { new { id = "1000000000000000001", connection_name = "from-fixtures" } },
        });
        using var client = telnyx.CreateClient();

        var fetched = await (await client.GetAsync("/v2/ip_connections/1000000000000000001")).ExpectAsync(200);

        Assert.Equal("from-fixtures", fetched["data"]!["connection_name"].Str());
    }

    [Fact]
    public async Task Control_LoadFixturesForAnAccount_GivesTheSetsWithoutOneToIt()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync();

        var loaded = await telnyx.Control.LoadFixturesAsync("""{"ip_connections": [{"connection_name": "given"}]}""", account: "KEY_owner");

        Assert.True(loaded.Loaded);
        using var owner = telnyx.CreateClient("KEY_owner");
        var listed = await (await owner.GetAsync("/v2/ip_connections")).ExpectAsync(200);
        Assert.Equal("given", Assert.Single(listed["data"]!.AsArray())!["connection_name"].Str());
    }

    [Fact]
    public async Task BadFixtures_MakeStartAsyncThrowWithEveryError_AndFreeThePort()
    {
        var port = Hosting.MockCommand.FreePort();
        var error = await Assert.ThrowsAsync<TelnyxMockControlException>(() => TelnyxMockServer.StartAsync(o =>
        {
            o.Port = port;
            o.Fixtures = """{"account": "a", "ip_connections": [{"inbound": {"timeout_1xx_secs": 300}, "outbound": {"tech_prefix": "1"}}]}""";
        }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Status);
        Assert.Contains("/ip_connections/0/inbound/timeout_1xx_secs", error.Message, StringComparison.Ordinal);
        Assert.Contains("/ip_connections/0/outbound/tech_prefix", error.Message, StringComparison.Ordinal);
        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start(); // the failed server let the port go
    }

    [Fact]
    public async Task Control_ResetsAllOrOneAccount()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync();
        using var alice = telnyx.CreateClient("alice");
        using var bob = telnyx.CreateClient("bob");
        await (await alice.PostJsonAsync("/v2/ip_connections", "{}")).ExpectAsync(201);
        await (await bob.PostJsonAsync("/v2/ip_connections", "{}")).ExpectAsync(201);

        var one = await telnyx.Control.ResetAsync("alice");
        Assert.Equal("alice", one.Account);
        Assert.Equal(0, (await (await alice.GetAsync("/v2/ip_connections")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
        Assert.Equal(1, (await (await bob.GetAsync("/v2/ip_connections")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());

        await telnyx.Control.ResetAsync();
        Assert.Equal(0, (await (await bob.GetAsync("/v2/ip_connections")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
    }

    [Fact]
    public async Task Control_FaultRules_AddListFireAndRemove()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync();
        using var client = telnyx.CreateClient();

        var rule = await telnyx.Control.AddFaultAsync(new FaultRuleRequest { Method = "POST", Path = "/v2/ip_connections", Status = 503, Times = 1 });
        var first = await client.PostJsonAsync("/v2/ip_connections", "{}");
        var second = await client.PostJsonAsync("/v2/ip_connections", "{}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var listed = Assert.Single(await telnyx.Control.ListFaultsAsync());
        Assert.Equal((rule.Id, 1), (listed.Id, listed.Fired));
        Assert.True(await telnyx.Control.RemoveFaultAsync(rule.Id));
        Assert.False(await telnyx.Control.RemoveFaultAsync(rule.Id));
        await telnyx.Control.AddFaultAsync(new FaultRuleRequest { Path = "/nowhere", Status = 500 });
        Assert.Equal(1, await telnyx.Control.ClearFaultsAsync());
        Assert.Empty(await telnyx.Control.ListFaultsAsync());
    }

    [Fact]
    public async Task Control_JournalIsReadFilteredAndCleared()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync();
        using var client = telnyx.CreateClient("journal-key");
        await (await client.PostJsonAsync("/v2/ip_connections", """{"connection_name": "journaled"}""")).ExpectAsync(201);
        await (await client.GetAsync("/v2/ip_connections")).ExpectAsync(200);

        var posts = await telnyx.Control.GetRequestsAsync(method: "POST", path: "/v2/");

        var entry = Assert.Single(posts.Requests);
        Assert.Equal((201, "journal-key"), (entry.Status, entry.Account));
        Assert.Contains("journaled", entry.Body, StringComparison.Ordinal);
        Assert.True(await telnyx.Control.ClearRequestsAsync() >= 2);
        Assert.Empty((await telnyx.Control.GetRequestsAsync(path: "/v2/")).Requests);
    }

    [Fact]
    public async Task Control_Health_ReportsOk()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync();

        var health = await telnyx.Control.HealthAsync();

        Assert.Equal("ok", health.Status);
    }

    [Fact]
    public async Task AdminToken_IsRequiredByTheMock_AndSentByControl()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync(o => o.AdminToken = "admin-secret");
        using var anonymous = new HttpClient { BaseAddress = telnyx.BaseUrl };

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/_mock/faults")).StatusCode);
        Assert.Empty(await telnyx.Control.ListFaultsAsync());
    }

    [Fact]
    public async Task ConfiguredAccounts_RefuseOtherCredentials()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync(o => o.Accounts.Add(new AccountOptions { Name = "acme", ApiKeys = ["KEY_ACME"] }));
        using var known = telnyx.CreateClient("KEY_ACME");
        using var unknown = telnyx.CreateClient("KEY_OTHER");

        Assert.Equal(HttpStatusCode.OK, (await known.GetAsync("/v2/ip_connections")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync("/v2/ip_connections")).StatusCode);
    }

    [Fact]
    public async Task HostEnvironment_DoesNotLeakIntoTheServer()
    {
        // A test suite's own settings (here a connection string in the environment) must not reach the mock.
        Environment.SetEnvironmentVariable("ConnectionStrings__TelnyxMock", "Data Source=/nonexistent/folder/x.db");
        try
        {
            await using var telnyx = await TelnyxMockServer.StartAsync();
            Assert.Equal("ok", (await telnyx.Control.HealthAsync()).Status);
        }
        finally
        {
            Environment.SetEnvironmentVariable("ConnectionStrings__TelnyxMock", null);
        }
    }

    [Fact]
    public async Task DisposeAsync_StopsListening()
    {
        var telnyx = await TelnyxMockServer.StartAsync();
        var port = telnyx.BaseUrl.Port;

        await telnyx.DisposeAsync();

        using var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
    }
}
