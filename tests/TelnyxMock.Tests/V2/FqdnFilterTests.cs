namespace TelnyxMock.Tests.V2;

/// <summary>
/// <c>filter[fqdn]</c> matches connections that have an FQDN resource (<c>/v2/fqdns</c>) of that name, whole and
/// case-sensitive; only FQDN connections have FQDNs, so on IP and credential connections it matches nothing. Fixtures
/// loaded at start-up are served with their fixed ids.
/// </summary>
public sealed class FqdnFilterTests : IDisposable
{
    private readonly string fixtures = Path.Combine(Path.GetTempPath(), $"ip-fixtures-{Guid.NewGuid():N}.json");
    private readonly TelnyxMockApplication app;

    public FqdnFilterTests()
    {
        File.WriteAllText(fixtures, """
        {"account": "KEY_alice",
         "outbound_voice_profiles": [{"id": "77", "name": "office"}],
         "ip_connections": [{"id": "1293384261075731499", "connection_name": "pbx", "inbound": {"sip_region": "Europe"}, "outbound": {"outbound_voice_profile_id": 77}}],
         "fqdn_connections": [
           {"id": "1293384261075731500", "connection_name": "fqdn pbx",
            "fqdns": [{"fqdn": "sip.example.com", "dns_record_type": "a"}, {"fqdn": "backup.example.com", "dns_record_type": "srv"}]},
           {"connection_name": "other", "fqdns": [{"fqdn": "other.example.com", "dns_record_type": "a"}]}
         ]}
        """);
        app = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:FixturesFile"] = fixtures });
    }

    public void Dispose()
    {
        app.Dispose();
        File.Delete(fixtures);
    }

    [Fact]
    public async Task Fixture_IsServedWithItsFixedIdAndFields()
    {
        var response = await app.BearerClient().GetAsync($"{V2Api.Path}/1293384261075731499");

        var data = (await response.ExpectAsync(200))["data"]!;
        Assert.Equal("pbx", data["connection_name"].Str());
        Assert.Equal("Europe", data["inbound"]!["sip_region"].Str());
        Assert.Equal("77", data["outbound"]!["outbound_voice_profile_id"].Str());
        Assert.Equal("ip_connection", data["record_type"].Str());
    }

    [Theory]
    [InlineData("sip.example.com", new[] { "fqdn pbx" })]
    [InlineData("backup.example.com", new[] { "fqdn pbx" })]
    [InlineData("other.example.com", new[] { "other" })]
    [InlineData("SIP.example.com", new string[0])]
    [InlineData("example.com", new string[0])]
    public async Task FilterFqdn_MatchesWholeFqdnResourcesCaseSensitively_OnFqdnConnectionsAndAllConnections(string fqdn, string[] expected)
    {
        var client = app.BearerClient();

        foreach (var path in new[] { "/v2/fqdn_connections", "/v2/connections" })
        {
            var list = await (await client.GetAsync($"{path}?filter[fqdn]={fqdn}&sort=connection_name")).ExpectAsync(200);
            Assert.Equal(expected, list["data"]!.AsArray().Select(c => c!["connection_name"].Str()));
        }
    }

    [Fact]
    public async Task FilterFqdn_OnIpConnections_MatchesNothing_TheyHaveNoFqdns()
    {
        var client = app.BearerClient();
        await client.CreateNamedAsync("api-created");

        Assert.Empty((await client.ListAsync("?filter[fqdn]=sip.example.com"))["data"]!.AsArray());
        Assert.Equal(2, (await client.ListAsync())["data"]!.AsArray().Count);
    }

    [Fact]
    public async Task Fixtures_BelongOnlyToTheirAccount()
    {
        Assert.Empty((await app.BearerClient("KEY_bob").ListAsync())["data"]!.AsArray());
        Assert.Equal(0, (await (await app.BearerClient("KEY_bob").GetAsync("/v2/connections")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
    }
}
