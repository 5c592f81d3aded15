namespace TelnyxMock.Tests.V2;

/// <summary><c>filter[fqdn]</c> matches the FQDNs fixtures give; connections created through the API have none.</summary>
public sealed class FqdnFilterTests : IDisposable
{
    private readonly string fixtures = Path.Combine(Path.GetTempPath(), $"ip-fixtures-{Guid.NewGuid():N}.json");
    private readonly TelnyxMockApplication app;

    public FqdnFilterTests()
    {
        File.WriteAllText(fixtures, """
        {"account": "KEY_alice", "ip_connections": [
          {"id": "1293384261075731499", "connection_name": "pbx", "fqdns": ["sip.example.com", "backup.example.com"],
           "inbound": {"sip_region": "Europe"}, "outbound": {"outbound_voice_profile_id": 77}},
          {"connection_name": "other", "fqdns": ["other.example.com"]}
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
    [InlineData("sip.example.com", new[] { "pbx" })]
    [InlineData("backup.example.com", new[] { "pbx" })]
    [InlineData("other.example.com", new[] { "other" })]
    [InlineData("SIP.example.com", new string[0])]
    [InlineData("example.com", new string[0])]
    public async Task List_FilterFqdn_MatchesWholeFqdnCaseSensitively(string fqdn, string[] expected)
    {
        var client = app.BearerClient();
        await client.CreateNamedAsync("api-created");

        Assert.Equal(expected, (await client.ListAsync($"?filter[fqdn]={fqdn}")).Names());
    }

    [Fact]
    public async Task Fixtures_BelongOnlyToTheirAccount()
    {
        Assert.Empty((await app.BearerClient("KEY_bob").ListAsync())["data"]!.AsArray());
    }
}
