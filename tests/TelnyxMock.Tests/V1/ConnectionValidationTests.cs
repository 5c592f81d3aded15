namespace TelnyxMock.Tests.V1;

/// <summary>Every V1 field rule: a value just outside it answers 400 naming the field, one just inside is stored.</summary>
public sealed class ConnectionValidationTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    public static TheoryData<string, string> Invalid => new()
    {
        { """{"active": true}""", "connection_name" },
        { """{"connection_name": "   "}""", "connection_name" },
        { """{"connection_name": null}""", "connection_name" },
        { $$"""{"connection_name": "{{new string('a', 256)}}"}""", "connection_name" },
        { """{"connection_name": "bad\u0007name"}""", "connection_name" },
        { """{"connection_name": "x", "active": "yes"}""", "active" },
        { """{"connection_name": "x", "dnis_number_format": 3}""", "dnis_number_format" },
        { """{"connection_name": "x", "dnis_number_format": -1}""", "dnis_number_format" },
        { """{"connection_name": "x", "timeout_1xx": "0"}""", "timeout_1xx" },
        { """{"connection_name": "x", "timeout_1xx": "21"}""", "timeout_1xx" },
        { """{"connection_name": "x", "timeout_1xx": 21}""", "timeout_1xx" },
        { """{"connection_name": "x", "timeout_1xx": "ten"}""", "timeout_1xx" },
        { """{"connection_name": "x", "timeout_1xx": true}""", "timeout_1xx" },
        { """{"connection_name": "x", "timeout_2xx": "0"}""", "timeout_2xx" },
        { """{"connection_name": "x", "timeout_2xx": "601"}""", "timeout_2xx" },
        { """{"connection_name": "x", "ani_override_type": "sometimes"}""", "ani_override_type" },
        { $$"""{"connection_name": "x", "ani_override": "{{new string('1', 65)}}"}""", "ani_override" },
        { """{"connection_name": "x", "sip_compact_headers_enabled": 1}""", "sip_compact_headers_enabled" },
        { """{"connection_name": "x", "transport_protocol": "udp"}""", "transport_protocol" },
        { """{"connection_name": "x", "third_party_control_enabled": "false"}""", "third_party_control_enabled" },
        { """{"connection_name": "x", "privacy_zone_enabled": null}""", "privacy_zone_enabled" },
        { """{"connection_name": "x", "codecs": "G722"}""", "codecs" },
        { """{"connection_name": "x", "codecs": []}""", "codecs" },
        { """{"connection_name": "x", "codecs": ["G722", "G722"]}""", "codecs" },
        { """{"connection_name": "x", "codecs": [""]}""", "codecs.0" },
        { """{"connection_name": "x", "prack_enabled": 0}""", "prack_enabled" },
        { """{"connection_name": "x", "default_routing_method": "random"}""", "default_routing_method" },
        { """{"connection_name": "x", "default_primary_authorized_ip_id": 5}""", "default_primary_authorized_ip_id" },
        { """{"connection_name": "x", "default_secondary_authorized_ip_id": 5}""", "default_secondary_authorized_ip_id" },
        { """{"connection_name": "x", "default_tertiary_authorized_ip_id": 5}""", "default_tertiary_authorized_ip_id" },
        { """{"connection_name": "x", "default_primary_authorized_ip_id": -1}""", "default_primary_authorized_ip_id" },
        { """{"connection_name": "x", "anchorsite_override": "Frankfurt, Germany"}""", "anchorsite_override" },
        { """{"connection_name": "x", "encrypted_media": "DTLS"}""", "encrypted_media" },
        { """{"connection_name": "x", "encrypted_media": "SRTP", "transport_protocol": "TLS"}""", "encrypted_media" },
        { """{"connection_name": "x", "instant_ringback_enabled": "true"}""", "instant_ringback_enabled" },
        { """{"connection_name": "x", "t38_reinvite_source": "nobody"}""", "t38_reinvite_source" },
        { """{"connection_name": "x", "ani_number_format": "E164"}""", "ani_number_format" },
        { """{"connection_name": "x", "isup_headers_enabled": []}""", "isup_headers_enabled" },
        { """{"connection_name": "x", "encode_contact_header_enabled": {}}""", "encode_contact_header_enabled" },
        { """{"connection_name": "x", "inbound_generate_ringback_tone": 1}""", "inbound_generate_ringback_tone" },
        { """{"connection_name": "x", "outbound_generate_ringback_tone": "no"}""", "outbound_generate_ringback_tone" },
        { """{"connection_name": "x", "rtcp_report_enabled": "on"}""", "rtcp_report_enabled" },
        { """{"connection_name": "x", "rtcp_report_frequency_seconds": 4}""", "rtcp_report_frequency_seconds" },
        { """{"connection_name": "x", "rtcp_report_frequency_seconds": 3001}""", "rtcp_report_frequency_seconds" },
        { """{"connection_name": "x", "rtcp_report_frequency_seconds": 10.5}""", "rtcp_report_frequency_seconds" },
        { """{"connection_name": "x", "rtcp_port": "rtp+2"}""", "rtcp_port" },
        { """{"connection_name": "x", "dtmf_type": "rfc 2833"}""", "dtmf_type" },
        { """{"connection_name": "x", "outbound_localization": "USA"}""", "outbound_localization" },
        { """{"connection_name": "x", "outbound_localization": "us"}""", "outbound_localization" },
        { """{"connection_name": "x", "inbound_channel_limit": -1}""", "inbound_channel_limit" },
        { """{"connection_name": "x", "outbound_channel_limit": -1}""", "outbound_channel_limit" },
        { """{"connection_name": "x", "outbound_channel_limit": "10"}""", "outbound_channel_limit" },
        { """{"connection_name": "x", "onnet_t38_passthrough_enabled": 2}""", "onnet_t38_passthrough_enabled" },
        { """{"connection_name": "x", "sip_region": "Asia"}""", "sip_region" },
        { """{"connection_name": "x", "sip_uri_calling_preference": "everyone"}""", "sip_uri_calling_preference" },
        { """{"connection_name": "x", "sip_subdomain": "has space"}""", "sip_subdomain" },
        { """{"connection_name": "x", "sip_subdomain": "-leading"}""", "sip_subdomain" },
        { """{"connection_name": "x", "sip_subdomain_receive_settings": "anyone"}""", "sip_subdomain_receive_settings" },
        { """{"connection_name": "x", "outbound_call_parking_enabled": "false"}""", "outbound_call_parking_enabled" },
        { """{"connection_name": "x", "webhook_api_version": "3"}""", "webhook_api_version" },
        { """{"connection_name": "x", "webhook_api_version": 1}""", "webhook_api_version" },
    };

    public static TheoryData<string> Valid => new()
    {
        """{"connection_name": "x", "dnis_number_format": 0}""",
        """{"connection_name": "x", "dnis_number_format": 2}""",
        """{"connection_name": "x", "timeout_1xx": "1"}""",
        """{"connection_name": "x", "timeout_1xx": "20"}""",
        """{"connection_name": "x", "timeout_2xx": "1"}""",
        """{"connection_name": "x", "timeout_2xx": "600"}""",
        $$"""{"connection_name": "{{new string('a', 255)}}"}""",
        """{"connection_name": "Zürich 東京 office"}""",
        """{"connection_name": "x", "ani_override_type": "emergency", "ani_override": "+13125550100"}""",
        """{"connection_name": "x", "transport_protocol": "TLS", "encrypted_media": null}""",
        """{"connection_name": "x", "transport_protocol": "TCP", "encrypted_media": "SRTP"}""",
        """{"connection_name": "x", "default_routing_method": "round-robin"}""",
        """{"connection_name": "x", "default_primary_authorized_ip_id": 0, "default_secondary_authorized_ip_id": null}""",
        """{"connection_name": "x", "anchorsite_override": "Vancouver, Canada"}""",
        """{"connection_name": "x", "t38_reinvite_source": "callee-passthru"}""",
        """{"connection_name": "x", "ani_number_format": "+E.164-national"}""",
        """{"connection_name": "x", "rtcp_report_frequency_seconds": 5}""",
        """{"connection_name": "x", "rtcp_report_frequency_seconds": 3000}""",
        """{"connection_name": "x", "dtmf_type": "SIP INFO", "rtcp_port": "rtcp-mux"}""",
        """{"connection_name": "x", "outbound_localization": "GB"}""",
        """{"connection_name": "x", "inbound_channel_limit": 0, "outbound_channel_limit": 1000}""",
        """{"connection_name": "x", "sip_region": "Australia", "sip_uri_calling_preference": "internal"}""",
        """{"connection_name": "x", "sip_subdomain": "my-office-1", "sip_subdomain_receive_settings": "from_anyone"}""",
        """{"connection_name": "x", "webhook_api_version": "2"}""",
        """{"connection_name": "x", "codecs": ["OPUS"]}""",
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Create_BreakingARule_Returns400NamingTheField(string body, string field)
    {
        var client = app.V1Client();

        await (await client.PostJsonAsync(V1Api.Path, body)).ExpectV1ErrorAsync(400, field);

        Assert.Empty(await client.ListAsync());
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public async Task Create_ValueAtTheEdgeOfARule_IsStored(string body)
    {
        var created = await app.V1Client().CreateAsync(body);

        foreach (var (key, value) in System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject())
        {
            var expected = value?.ToJsonString() ?? "null";
            if (key.StartsWith("default_", StringComparison.Ordinal) && key.EndsWith("_ip_id", StringComparison.Ordinal) && value is null)
            {
                continue;
            }

            Assert.Equal(expected, created[key]?.ToJsonString() ?? "null");
        }
    }

    [Fact]
    public async Task Create_SeveralBadFields_ReportsEveryOneAtOnce()
    {
        var response = await app.V1Client().PostJsonAsync(V1Api.Path,
            """{"connection_name": "", "timeout_1xx": "99", "active": "maybe", "sip_region": "Mars", "rtcp_report_frequency_seconds": 1}""");

        var body = await response.ExpectAsync(400);
        var reasons = body["reasons"]!.AsObject();
        Assert.Equal(
            new[] { "active", "connection_name", "rtcp_report_frequency_seconds", "sip_region", "timeout_1xx" },
            reasons.Select(r => r.Key).Order().ToArray());
        Assert.Equal("timeout_1xx must be a whole number of seconds between 1 and 20, got '99'.", reasons["timeout_1xx"]![0].Str());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    [InlineData("\"text\"")]
    [InlineData("")]
    [InlineData("{\"connection_name\": \"x\",}")]
    [InlineData("{\"connection_name\": \"a\", \"connection_name\": \"b\"}")]
    public async Task Create_BodyNotAJsonObject_Returns400InV1Envelope(string body)
    {
        var response = await app.V1Client().PostJsonAsync(V1Api.Path, body);

        var error = await response.ExpectAsync(400);
        Assert.False(error["success"]!.GetValue<bool>());
        Assert.Contains("JSON", error["message"].Str());
    }

    [Fact]
    public async Task Create_WrongContentType_Returns415InV1Envelope()
    {
        var client = app.V1Client();

        var response = await client.PostAsync(V1Api.Path, new StringContent("connection_name=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        var error = await response.ExpectAsync(415);
        Assert.False(error["success"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Create_BodyOverTheLimit_Returns413InV1Envelope()
    {
        var client = app.V1Client();
        var huge = $$"""{"connection_name": "x", "ani_override": "{{new string('1', 300_000)}}"}""";

        var response = await client.PostJsonAsync(V1Api.Path, huge);

        var error = await response.ExpectAsync(413);
        Assert.False(error["success"]!.GetValue<bool>());
        Assert.Empty(await client.ListAsync());
    }
}
