using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

public sealed class CreateIpConnectionTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Create_EmptyBody_Returns201WithEveryDocumentedDefault()
    {
        var response = await app.BearerClient().PostJsonAsync(V2Api.Path, "{}");
        var created = (await response.ExpectAsync(201))["data"]!;

        var expected = JsonNode.Parse("""
        {
          "record_type": "ip_connection", "active": true, "anchorsite_override": "Latency", "android_push_credential_id": null,
          "call_cost_in_webhooks": false, "connection_name": null, "default_on_hold_comfort_noise_enabled": true,
          "dtmf_type": "RFC 2833", "encode_contact_header_enabled": false, "encrypted_media": null,
          "ios_push_credential_id": null, "noise_suppression": "disabled", "onnet_t38_passthrough_enabled": false,
          "tags": [], "transport_protocol": "UDP", "webhook_api_version": "1", "webhook_event_failover_url": "",
          "webhook_event_url": null, "webhook_timeout_secs": null,
          "jitter_buffer": { "enable_jitter_buffer": false, "jitterbuffer_msec_max": 200, "jitterbuffer_msec_min": 60 },
          "noise_suppression_details": { "attenuation_limit": 100, "engine": "denoiser" },
          "rtcp_settings": { "capture_enabled": false, "port": "rtp+1", "report_frequency_secs": 5 },
          "inbound": {
            "ani_number_format": "E.164-national", "channel_limit": null, "codecs": ["G722","G711U","G711A","G729","OPUS","H.264"],
            "default_primary_ip_id": null, "default_routing_method": null, "default_secondary_ip_id": null,
            "default_tertiary_ip_id": null, "dnis_number_format": "e164", "generate_ringback_tone": false,
            "isup_headers_enabled": false, "prack_enabled": false, "privacy_zone_enabled": false, "shaken_stir_enabled": false,
            "sip_compact_headers_enabled": true, "sip_region": "US", "sip_subdomain": null, "sip_subdomain_receive_settings": null,
            "timeout_1xx_secs": 3, "timeout_2xx_secs": 90
          },
          "outbound": {
            "ani_override": "", "ani_override_type": "always", "call_parking_enabled": false, "channel_limit": null,
            "generate_ringback_tone": false, "instant_ringback_enabled": true, "ip_authentication_method": "tech-prefixp-charge-info",
            "ip_authentication_token": null, "localization": null, "outbound_voice_profile_id": null,
            "t38_reinvite_source": "customer", "tech_prefix": ""
          }
        }
        """)!.AsObject();
        foreach (var (key, value) in expected)
        {
            Assert.True(JsonNode.DeepEquals(value, created[key]), $"{key}: expected {value?.ToJsonString() ?? "null"}, got {created[key]?.ToJsonString() ?? "null"}");
        }

        Assert.Matches("^[0-9]{18,19}$", created["id"].Str());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", created["created_at"].Str());
        Assert.Equal(created["created_at"].Str(), created["updated_at"].Str());
        Assert.Equal($"/v2/ip_connections/{created["id"].Str()}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Create_EveryField_EchoesEveryValue()
    {
        var client = app.BearerClient();
        var request = await client.WithRealProfileAsync(V2Samples.FullRequest);
        var sent = JsonNode.Parse(request)!.AsObject();

        var created = await client.CreateAsync(request);

        foreach (var (key, value) in sent)
        {
            Assert.True(JsonNode.DeepEquals(value, created[key]), $"{key}: sent {value?.ToJsonString() ?? "null"}, got {created[key]?.ToJsonString() ?? "null"}");
        }
    }

    [Fact]
    public async Task Create_SeedSampleVerbatim_Returns422ForItsPlaceholderLocalizationAndTechPrefix()
    {
        // Verbatim but for its outbound voice profile, which must be one of the account's.
        var client = app.BearerClient();
        var response = await client.PostJsonAsync(V2Api.Path, await client.WithRealProfileAsync(V2Samples.SeedRequest));

        await response.Expect422Async("/outbound/localization", "/outbound/tech_prefix");
    }

    [Fact]
    public async Task Create_IsRetrievableAndListed()
    {
        var client = app.BearerClient();
        var created = await client.CreateAsync(await client.WithRealProfileAsync(V2Samples.FullRequest));

        var fetched = (await (await client.GetAsync($"{V2Api.Path}/{created["id"].Str()}")).ExpectAsync(200))["data"];
        var listed = await client.ListAsync();

        Assert.True(JsonNode.DeepEquals(created, fetched));
        Assert.Single(listed["data"]!.AsArray());
        Assert.True(JsonNode.DeepEquals(created, listed["data"]![0]));
    }

    [Fact]
    public async Task Create_IdsAreUniqueDecimalStrings()
    {
        var client = app.BearerClient();
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add((await client.CreateNamedAsync($"c{i}"))["id"].Str());
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[0-9]{18,19}$", id));
    }

    [Theory]
    [InlineData("""{"inbound":{"codecs":"G722"}}""", "/inbound/codecs", """["G722"]""")]
    [InlineData("""{"inbound":{"sip_region":null}}""", "/inbound/sip_region", "\"US\"")]
    [InlineData("""{"inbound":{"default_routing_method":""}}""", "/inbound/default_routing_method", "null")]
    [InlineData("""{"connection_name":null}""", "/connection_name", "null")]
    [InlineData("""{"encrypted_media":null,"transport_protocol":"TLS"}""", "/encrypted_media", "null")]
    [InlineData("""{"encrypted_media":"SRTP","transport_protocol":"TCP"}""", "/encrypted_media", "\"SRTP\"")]
    [InlineData("""{"outbound":{"tech_prefix":""}}""", "/outbound/tech_prefix", "\"\"")]
    [InlineData("""{"webhook_event_failover_url":""}""", "/webhook_event_failover_url", "\"\"")]
    [InlineData("""{"webhook_event_failover_url":null}""", "/webhook_event_failover_url", "null")]
    public async Task Create_NormalisesAcceptedForms(string body, string pointer, string expected)
    {
        var created = await app.BearerClient().CreateAsync(body);

        Assert.Equal(expected, At(created, pointer)?.ToJsonString() ?? "null");
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("\"{0}\"")]
    public async Task Create_NormalisesAcceptedForms_OfAProfileId_ToTheIdString(string form)
    {
        var client = app.BearerClient();
        var profile = await client.CreateProfileAsync();

        var created = await client.CreateAsync($$$"""{"outbound":{"outbound_voice_profile_id":{{{string.Format(System.Globalization.CultureInfo.InvariantCulture, form, profile)}}}}}""");

        Assert.Equal($"\"{profile}\"", At(created, "/outbound/outbound_voice_profile_id")?.ToJsonString());
    }

    [Theory]
    [InlineData("0{0}")]
    [InlineData("00{0}")]
    [InlineData("1293384261075731499")]
    public async Task Create_ProfileIdNamingNoProfile_Returns422AtItsPointer_AndStoresNothing(string spelling)
    {
        var client = app.BearerClient();
        var profile = await client.CreateProfileAsync();
        var id = string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, profile);

        await (await client.PostJsonAsync(V2Api.Path, new JsonObject { ["outbound"] = new JsonObject { ["outbound_voice_profile_id"] = id } }.ToJsonString()))
            .Expect422Async("/outbound/outbound_voice_profile_id");

        Assert.Empty((await client.ListAsync())["data"]!.AsArray());
    }

    [Fact]
    public async Task Create_UnknownFields_AreIgnored()
    {
        var created = await app.BearerClient().CreateAsync("""{"no_such_field":1,"inbound":{"dns_number_format":"+e164"}}""");

        Assert.False(created.AsObject().ContainsKey("no_such_field"));
        Assert.Equal("e164", created["inbound"]!["dnis_number_format"].Str());
    }

    internal static JsonNode? At(JsonNode node, string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate<string, JsonNode?>(node, (n, key) => n?[key]);
}
