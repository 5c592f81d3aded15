using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.Common;

/// <summary>
/// A resource is stored as one document, so a partial update reads, merges and writes it whole: two updates of
/// different fields racing on one resource must both survive (neither may write back the other's stale copy).
/// </summary>
public sealed class ConcurrentUpdateTests : IDisposable
{
    private readonly TelnyxMockApplication app = new(databaseFile: Path.Combine(Path.GetTempPath(), $"telnyxmock-race-{Guid.NewGuid():N}.db"));

    public void Dispose() => app.Dispose();

    private static readonly string[] V2Patches =
    [
        """{"connection_name": "raced"}""",
        """{"inbound": {"timeout_1xx_secs": 7}}""",
        """{"inbound": {"timeout_2xx_secs": 77}}""",
        """{"inbound": {"sip_region": "Europe"}}""",
        """{"outbound": {"tech_prefix": "1234"}}""",
        """{"outbound": {"localization": "DE"}}""",
        """{"rtcp_settings": {"report_frequency_secs": 50}}""",
        """{"jitter_buffer": {"enable_jitter_buffer": true}}""",
        """{"tags": ["raced"]}""",
        """{"dtmf_type": "Inband"}""",
        """{"webhook_timeout_secs": 9}""",
        """{"noise_suppression": "both"}""",
    ];

    [Fact]
    public async Task V2_RacingPartialUpdatesOfDifferentFields_AllSurvive()
    {
        for (var round = 0; round < 3; round++)
        {
            var client = app.BearerClient();
            var id = (await (await client.PostJsonAsync("/v2/ip_connections", "{}")).ExpectAsync(201))["data"]!["id"].Str();

            var responses = await Task.WhenAll(V2Patches.Select(patch => app.BearerClient().PatchJsonAsync($"/v2/ip_connections/{id}", patch)));

            Assert.All(responses, r => Assert.Equal(200, (int)r.StatusCode));
            var c = (await (await client.GetAsync($"/v2/ip_connections/{id}")).ExpectAsync(200))["data"]!;
            Assert.Equal("raced", c["connection_name"].Str());
            Assert.Equal(7, c["inbound"]!["timeout_1xx_secs"]!.GetValue<int>());
            Assert.Equal(77, c["inbound"]!["timeout_2xx_secs"]!.GetValue<int>());
            Assert.Equal("Europe", c["inbound"]!["sip_region"].Str());
            Assert.Equal("1234", c["outbound"]!["tech_prefix"].Str());
            Assert.Equal("DE", c["outbound"]!["localization"].Str());
            Assert.Equal(50, c["rtcp_settings"]!["report_frequency_secs"]!.GetValue<int>());
            Assert.True(c["jitter_buffer"]!["enable_jitter_buffer"]!.GetValue<bool>());
            Assert.Equal("raced", c["tags"]![0].Str());
            Assert.Equal("Inband", c["dtmf_type"].Str());
            Assert.Equal(9, c["webhook_timeout_secs"]!.GetValue<int>());
            Assert.Equal("both", c["noise_suppression"].Str());
        }
    }

    [Fact]
    public async Task V1_RacingPartialUpdatesOfDifferentFields_AllSurvive()
    {
        string[] patches =
        [
            """{"connection_name": "raced"}""", """{"timeout_1xx": "7"}""", """{"timeout_2xx": "77"}""", """{"sip_region": "Europe"}""",
            """{"dtmf_type": "Inband"}""", """{"rtcp_port": "rtcp-mux"}""", """{"active": false}""", """{"ani_override": "x"}""",
        ];
        var client = app.V1Client();
        var id = (await (await client.PostJsonAsync("/security/connections", """{"connection_name": "start"}""")).ExpectAsync(200))["id"].Str();

        var responses = await Task.WhenAll(patches.Select(patch => app.V1Client().PutJsonAsync($"/security/connections/{id}", patch)));

        Assert.All(responses, r => Assert.Equal(200, (int)r.StatusCode));
        JsonNode c = await (await client.GetAsync($"/security/connections/{id}")).ExpectAsync(200);
        Assert.Equal("raced", c["connection_name"].Str());
        Assert.Equal("7", c["timeout_1xx"].Str());
        Assert.Equal("77", c["timeout_2xx"].Str());
        Assert.Equal("Europe", c["sip_region"].Str());
        Assert.Equal("Inband", c["dtmf_type"].Str());
        Assert.Equal("rtcp-mux", c["rtcp_port"].Str());
        Assert.False(c["active"]!.GetValue<bool>());
        Assert.Equal("x", c["ani_override"].Str());
    }
}
