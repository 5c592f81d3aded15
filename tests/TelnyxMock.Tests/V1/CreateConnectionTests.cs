using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V1;

public sealed class CreateConnectionTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Create_OnlyName_ReturnsEveryDocumentedDefault()
    {
        var created = await app.V1Client().CreateNamedAsync("Office");

        var expected = JsonNode.Parse("""
        {
          "connection_name": "Office", "tech_prefix": "", "authentication_type": 1, "active": true,
          "dnis_number_format": 1, "timeout_1xx": "3", "timeout_2xx": "90", "forward_only": false,
          "ani_override_type": "always", "ani_override": "", "registration_status": 0,
          "last_registered_ip": null, "registration_status_updated_at": null,
          "sip_compact_headers_enabled": true, "transport_protocol": "UDP", "third_party_control_enabled": false,
          "privacy_zone_enabled": false, "codecs": ["G722","G711U","G711A","G729","OPUS","H.264"],
          "prack_enabled": false, "default_routing_method": null, "default_primary_authorized_ip_id": null,
          "default_secondary_authorized_ip_id": null, "default_tertiary_authorized_ip_id": null,
          "anchorsite_override": "Latency", "encrypted_media": null, "call_failure_check_enabled": false,
          "instant_ringback_enabled": true, "t38_reinvite_source": "telnyx", "ani_number_format": "E.164-national",
          "isup_headers_enabled": false, "encode_contact_header_enabled": false,
          "inbound_generate_ringback_tone": false, "outbound_generate_ringback_tone": false,
          "rtcp_report_enabled": true, "rtcp_report_frequency_seconds": 10, "rtcp_port": "rtp+1",
          "dtmf_type": "RFC 2833", "outbound_localization": null, "inbound_channel_limit": null,
          "outbound_channel_limit": null, "onnet_t38_passthrough_enabled": false, "sip_region": "US",
          "sip_uri_calling_preference": "disabled", "sip_subdomain": null, "sip_subdomain_receive_settings": null,
          "outbound_call_parking_enabled": false, "webhook_api_version": "1"
        }
        """)!.AsObject();
        foreach (var (key, value) in expected)
        {
            Assert.True(JsonNode.DeepEquals(value, created[key]), $"{key}: expected {value?.ToJsonString() ?? "null"}, got {created[key]?.ToJsonString() ?? "null"}");
        }

        Assert.Matches("^[0-9]{18,19}$", created["id"].Str());
    }

    [Fact]
    public async Task Create_SeedRequestSample_EchoesEveryValue()
    {
        var sample = JsonNode.Parse(SeedSamples.V1Request)!.AsObject();

        var created = (await app.V1Client().CreateAsync(SeedSamples.V1Request)).AsObject();

        foreach (var (key, value) in sample)
        {
            Assert.True(JsonNode.DeepEquals(value, created[key]), $"{key}: sent {value?.ToJsonString() ?? "null"}, got {created[key]?.ToJsonString() ?? "null"}");
        }
    }

    [Fact]
    public async Task Create_IsRetrievableAndListed()
    {
        var client = app.V1Client();
        var created = await client.CreateNamedAsync("Office");

        var fetched = await (await client.GetAsync($"{V1Api.Path}/{created["id"].Str()}")).ExpectAsync(200);
        var listed = await client.ListAsync();

        Assert.True(JsonNode.DeepEquals(created, fetched));
        Assert.Single(listed);
        Assert.True(JsonNode.DeepEquals(created, listed[0]));
    }

    [Fact]
    public async Task Create_IdsAreUniqueDecimalStrings()
    {
        var client = app.V1Client();
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add((await client.CreateNamedAsync($"c{i}"))["id"].Str());
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[0-9]{18,19}$", id));
    }

    [Theory]
    [InlineData("""{"connection_name":"x","timeout_1xx":7}""", "timeout_1xx", "\"7\"")]
    [InlineData("""{"connection_name":"x","timeout_2xx":600}""", "timeout_2xx", "\"600\"")]
    [InlineData("""{"connection_name":"x","onnet_t38_passthrough_enabled":1}""", "onnet_t38_passthrough_enabled", "true")]
    [InlineData("""{"connection_name":"x","onnet_t38_passthrough_enabled":0}""", "onnet_t38_passthrough_enabled", "false")]
    [InlineData("""{"connection_name":"x","rtcp_report_enabled":false}""", "rtcp_report_enabled", "true")]
    [InlineData("""{"connection_name":"x","sip_region":null}""", "sip_region", "\"US\"")]
    [InlineData("""{"connection_name":"x","default_routing_method":""}""", "default_routing_method", "null")]
    [InlineData("""{"connection_name":"x","encrypted_media":"ZRTP","transport_protocol":"TCP"}""", "encrypted_media", "\"ZRTP\"")]
    public async Task Create_NormalisesAcceptedForms(string body, string field, string expected)
    {
        var created = await app.V1Client().CreateAsync(body);

        Assert.Equal(expected, created[field]?.ToJsonString() ?? "null");
    }

    [Fact]
    public async Task Create_UnknownField_IsIgnored()
    {
        var created = await app.V1Client().CreateAsync("""{"connection_name":"x","no_such_field":1}""");

        Assert.False(created.AsObject().ContainsKey("no_such_field"));
    }
}
