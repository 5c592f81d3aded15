using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TelnyxMock.Control;
using TelnyxMock.Testing;

namespace TrunkProvisioning;

/// <summary>One mock for the test class, started in one line; each test starts from a clean store.</summary>
public sealed class TelnyxMockFixture : IAsyncLifetime
{
    public TelnyxMockServer Telnyx { get; private set; } = null!;

    public async Task InitializeAsync() => Telnyx = await TelnyxMockServer.StartAsync(o => o.Strict = true);

    public async Task DisposeAsync() => await Telnyx.DisposeAsync();
}

public sealed class TrunkProvisionerTests(TelnyxMockFixture fixture) : IClassFixture<TelnyxMockFixture>, IAsyncLifetime
{
    private readonly TelnyxMockServer telnyx = fixture.Telnyx;

    public async Task InitializeAsync() => await telnyx.Control.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Plain HttpClient set up as the application sets it up, with the mock's address instead of Telnyx's.</summary>
    private HttpClient TelnyxClient()
    {
        var client = new HttpClient { BaseAddress = telnyx.BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "KEY_trunks");
        return client;
    }

    [Fact]
    public async Task Provision_CreatesAnIpConnectionWithTheRegionAndTelnyxDefaults()
    {
        using var http = TelnyxClient();
        var provisioner = new TrunkProvisioner(http);

        var id = await provisioner.ProvisionAsync("office-trunk", "Europe");
        await provisioner.DisableAsync(id);

        var stored = (await http.GetFromJsonAsync<JsonObject>($"v2/ip_connections/{id}"))!["data"]!;
        Assert.Equal("office-trunk", stored["connection_name"]!.GetValue<string>());
        Assert.False(stored["active"]!.GetValue<bool>());
        Assert.Equal("Europe", stored["inbound"]!["sip_region"]!.GetValue<string>());
        Assert.Equal("UDP", stored["transport_protocol"]!.GetValue<string>());   // Telnyx's default, applied by the mock
    }

    [Fact]
    public async Task Provision_RetriesOnceWhenTelnyxIsUnavailable()
    {
        // The next create answers 503 with Retry-After, in Telnyx's error envelope.
        var fault = await telnyx.Control.AddFaultAsync(new FaultRuleRequest
        {
            Method = "POST", Path = "/v2/ip_connections", Status = 503, RetryAfter = 1, Times = 1,
        });
        using var http = TelnyxClient();

        var id = await new TrunkProvisioner(http).ProvisionAsync("retry-trunk", "US");

        var posts = (await telnyx.Control.GetRequestsAsync(method: "POST", path: "/v2/ip_connections")).Requests;
        Assert.Equal([201, 503], posts.Select(r => r.Status));                // newest first
        Assert.Equal(fault.Id, posts[1].FaultId);
        Assert.Contains("retry-trunk", posts[0].Body);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"v2/ip_connections/{id}")).StatusCode);
        Assert.Equal(1, Assert.Single(await telnyx.Control.ListFaultsAsync()).Fired);
    }

    [Fact]
    public async Task Provision_WithAnUnknownRegion_IsRefusedAsTelnyxWould()
    {
        using var http = TelnyxClient();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => new TrunkProvisioner(http).ProvisionAsync("bad", "Mars"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        var journal = await telnyx.Control.GetRequestsAsync(method: "POST");
        Assert.Equal(422, Assert.Single(journal.Requests).Status);
    }
}
