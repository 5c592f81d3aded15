namespace TelnyxMock.Tests.V2;

/// <summary>
/// Each rule twice: a value just outside it answers 422 at the field, a value just inside is stored.
/// Removing a rule fails its "rejects" case; tightening it wrongly fails its "accepts" case.
/// </summary>
public sealed class CreateValidationTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    public static TheoryData<string, string> Rejected => new()
    {
        // Enums.
        { """{"anchorsite_override":"Paris, France"}""", "/anchorsite_override" },
        { """{"transport_protocol":"SCTP"}""", "/transport_protocol" },
        { """{"dtmf_type":"rfc 2833"}""", "/dtmf_type" },
        { """{"encrypted_media":"ZRTP"}""", "/encrypted_media" },
        { """{"webhook_api_version":"3"}""", "/webhook_api_version" },
        { """{"noise_suppression":"all"}""", "/noise_suppression" },
        { """{"noise_suppression_details":{"engine":"krisp"}}""", "/noise_suppression_details/engine" },
        { """{"rtcp_settings":{"port":"rtp+2"}}""", "/rtcp_settings/port" },
        { """{"inbound":{"ani_number_format":"E164"}}""", "/inbound/ani_number_format" },
        { """{"inbound":{"dnis_number_format":"test"}}""", "/inbound/dnis_number_format" },
        { """{"inbound":{"default_routing_method":"random"}}""", "/inbound/default_routing_method" },
        { """{"inbound":{"sip_region":"Asia"}}""", "/inbound/sip_region" },
        { """{"inbound":{"sip_subdomain_receive_settings":"everyone"}}""", "/inbound/sip_subdomain_receive_settings" },
        { """{"outbound":{"ani_override_type":"never"}}""", "/outbound/ani_override_type" },
        { """{"outbound":{"t38_reinvite_source":"nobody"}}""", "/outbound/t38_reinvite_source" },
        { """{"outbound":{"ip_authentication_method":"password"}}""", "/outbound/ip_authentication_method" },

        // Ranges.
        { """{"inbound":{"timeout_1xx_secs":0}}""", "/inbound/timeout_1xx_secs" },
        { """{"inbound":{"timeout_1xx_secs":121}}""", "/inbound/timeout_1xx_secs" },
        { """{"inbound":{"timeout_2xx_secs":0}}""", "/inbound/timeout_2xx_secs" },
        { """{"inbound":{"timeout_2xx_secs":601}}""", "/inbound/timeout_2xx_secs" },
        { """{"rtcp_settings":{"report_frequency_secs":4}}""", "/rtcp_settings/report_frequency_secs" },
        { """{"rtcp_settings":{"report_frequency_secs":3001}}""", "/rtcp_settings/report_frequency_secs" },
        { """{"webhook_timeout_secs":0}""", "/webhook_timeout_secs" },
        { """{"webhook_timeout_secs":31}""", "/webhook_timeout_secs" },
        { """{"inbound":{"channel_limit":-1}}""", "/inbound/channel_limit" },
        { """{"outbound":{"channel_limit":-1}}""", "/outbound/channel_limit" },
        { """{"jitter_buffer":{"jitterbuffer_msec_max":401}}""", "/jitter_buffer/jitterbuffer_msec_max" },
        { """{"jitter_buffer":{"jitterbuffer_msec_min":39}}""", "/jitter_buffer/jitterbuffer_msec_min" },
        { """{"jitter_buffer":{"jitterbuffer_msec_min":300,"jitterbuffer_msec_max":200}}""", "/jitter_buffer/jitterbuffer_msec_min" },
        { """{"noise_suppression_details":{"attenuation_limit":110}}""", "/noise_suppression_details/attenuation_limit" },
        { """{"noise_suppression_details":{"attenuation_limit":55}}""", "/noise_suppression_details/attenuation_limit" },

        // Formats.
        { """{"outbound":{"tech_prefix":"123"}}""", "/outbound/tech_prefix" },
        { """{"outbound":{"tech_prefix":"12345"}}""", "/outbound/tech_prefix" },
        { """{"outbound":{"tech_prefix":"12a4"}}""", "/outbound/tech_prefix" },
        { """{"webhook_event_url":"example.com/hooks"}""", "/webhook_event_url" },
        { """{"webhook_event_url":"ftp://example.com"}""", "/webhook_event_url" },
        { """{"webhook_event_url":""}""", "/webhook_event_url" },
        { """{"webhook_event_failover_url":"/relative"}""", "/webhook_event_failover_url" },
        { """{"ios_push_credential_id":"not-a-uuid"}""", "/ios_push_credential_id" },
        { """{"android_push_credential_id":"06b09dfd71544980"}""", "/android_push_credential_id" },
        { """{"outbound":{"outbound_voice_profile_id":"abc"}}""", "/outbound/outbound_voice_profile_id" },
        { """{"outbound":{"outbound_voice_profile_id":"0"}}""", "/outbound/outbound_voice_profile_id" },
        { """{"outbound":{"outbound_voice_profile_id":"99999999999999999999"}}""", "/outbound/outbound_voice_profile_id" },
        { """{"outbound":{"outbound_voice_profile_id":1.5}}""", "/outbound/outbound_voice_profile_id" },
        { """{"outbound":{"localization":"USA"}}""", "/outbound/localization" },
        { """{"outbound":{"localization":"us"}}""", "/outbound/localization" },
        { """{"inbound":{"sip_subdomain":"-bad-"}}""", "/inbound/sip_subdomain" },
        { """{"inbound":{"codecs":[]}}""", "/inbound/codecs" },
        { """{"connection_name":"bad\u0007name"}""", "/connection_name" },

        // Cross-field.
        { """{"transport_protocol":"TLS","encrypted_media":"SRTP"}""", "/encrypted_media" },

        // Wrong JSON types, and null where null is not allowed.
        { """{"active":"yes"}""", "/active" },
        { """{"connection_name":5}""", "/connection_name" },
        { """{"tags":"a"}""", "/tags" },
        { """{"tags":[1]}""", "/tags" },
        { """{"transport_protocol":null}""", "/transport_protocol" },
        { """{"inbound":"US"}""", "/inbound" },
        { """{"inbound":null}""", "/inbound" },
        { """{"inbound":{"timeout_1xx_secs":"10"}}""", "/inbound/timeout_1xx_secs" },
        { """{"inbound":{"codecs":[1,2]}}""", "/inbound/codecs" },
        { """{"outbound":{"instant_ringback_enabled":1}}""", "/outbound/instant_ringback_enabled" },
        { """{"outbound":{"outbound_voice_profile_id":true}}""", "/outbound/outbound_voice_profile_id" },
        { """{"rtcp_settings":{"report_frequency_secs":10.5}}""", "/rtcp_settings/report_frequency_secs" },
        { """{"webhook_timeout_secs":"25"}""", "/webhook_timeout_secs" },
    };

    public static TheoryData<string, string, string> Accepted => new()
    {
        { """{"inbound":{"timeout_1xx_secs":1}}""", "/inbound/timeout_1xx_secs", "1" },
        { """{"inbound":{"timeout_1xx_secs":120}}""", "/inbound/timeout_1xx_secs", "120" },
        { """{"inbound":{"timeout_2xx_secs":1}}""", "/inbound/timeout_2xx_secs", "1" },
        { """{"inbound":{"timeout_2xx_secs":600}}""", "/inbound/timeout_2xx_secs", "600" },
        { """{"rtcp_settings":{"report_frequency_secs":5}}""", "/rtcp_settings/report_frequency_secs", "5" },
        { """{"rtcp_settings":{"report_frequency_secs":3000}}""", "/rtcp_settings/report_frequency_secs", "3000" },
        { """{"webhook_timeout_secs":1}""", "/webhook_timeout_secs", "1" },
        { """{"webhook_timeout_secs":30}""", "/webhook_timeout_secs", "30" },
        { """{"webhook_timeout_secs":null}""", "/webhook_timeout_secs", "null" },
        { """{"inbound":{"channel_limit":0}}""", "/inbound/channel_limit", "0" },
        { """{"inbound":{"channel_limit":null}}""", "/inbound/channel_limit", "null" },
        { """{"outbound":{"channel_limit":0}}""", "/outbound/channel_limit", "0" },
        { """{"jitter_buffer":{"jitterbuffer_msec_max":400}}""", "/jitter_buffer/jitterbuffer_msec_max", "400" },
        { """{"jitter_buffer":{"jitterbuffer_msec_min":40}}""", "/jitter_buffer/jitterbuffer_msec_min", "40" },
        { """{"jitter_buffer":{"jitterbuffer_msec_min":200}}""", "/jitter_buffer/jitterbuffer_msec_min", "200" },
        { """{"noise_suppression_details":{"attenuation_limit":0}}""", "/noise_suppression_details/attenuation_limit", "0" },
        { """{"noise_suppression_details":{"attenuation_limit":100}}""", "/noise_suppression_details/attenuation_limit", "100" },
        { """{"outbound":{"tech_prefix":"0123"}}""", "/outbound/tech_prefix", "\"0123\"" },
        { """{"webhook_event_url":"http://hooks.example.com/x"}""", "/webhook_event_url", "\"http://hooks.example.com/x\"" },
        { """{"webhook_event_failover_url":"https://f.example.com"}""", "/webhook_event_failover_url", "\"https://f.example.com\"" },
        { """{"ios_push_credential_id":null}""", "/ios_push_credential_id", "null" },
        { """{"android_push_credential_id":"06b09dfd-7154-4980-8b75-cebf7a9d4f8e"}""", "/android_push_credential_id", "\"06b09dfd-7154-4980-8b75-cebf7a9d4f8e\"" },
        { """{"outbound":{"outbound_voice_profile_id":null}}""", "/outbound/outbound_voice_profile_id", "null" },
        { """{"outbound":{"localization":"US"}}""", "/outbound/localization", "\"US\"" },
        { """{"outbound":{"localization":null}}""", "/outbound/localization", "null" },
        { """{"outbound":{"call_parking_enabled":null}}""", "/outbound/call_parking_enabled", "null" },
        { """{"inbound":{"sip_subdomain":"my-office"}}""", "/inbound/sip_subdomain", "\"my-office\"" },
        { """{"inbound":{"default_routing_method":"round-robin"}}""", "/inbound/default_routing_method", "\"round-robin\"" },
        { """{"anchorsite_override":"Frankfurt, Germany"}""", "/anchorsite_override", "\"Frankfurt, Germany\"" },
        { """{"transport_protocol":"TLS"}""", "/transport_protocol", "\"TLS\"" },
        { """{"noise_suppression":"inbound"}""", "/noise_suppression", "\"inbound\"" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Create_InvalidField_Returns422PointingAtIt(string body, string pointer)
    {
        var response = await app.BearerClient().PostJsonAsync(V2Api.Path, body);

        var errors = await response.Expect422Async(pointer);
        Assert.StartsWith(pointer.Split('/').Last(), errors[0]!["detail"].Str());
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Create_ValueJustInsideRule_IsStored(string body, string pointer, string expected)
    {
        var created = await app.BearerClient().CreateAsync(body);

        Assert.Equal(expected, CreateIpConnectionTests.At(created, pointer)?.ToJsonString() ?? "null");
    }

    /// <summary>The profile link, just inside: the id of one of the account's profiles, even as a JSON integer, is stored as its digits.</summary>
    [Fact]
    public async Task Create_ProfileIdOfAnExistingProfile_GivenAsAnInteger_IsStoredAsItsString()
    {
        var client = app.BearerClient();
        var profile = await client.CreateProfileAsync();

        var created = await client.CreateAsync($$$"""{"outbound":{"outbound_voice_profile_id":{{{profile}}}}}""");

        Assert.Equal($"\"{profile}\"", CreateIpConnectionTests.At(created, "/outbound/outbound_voice_profile_id")?.ToJsonString());
    }

    /// <summary>The profile link, just outside: a well-formed id that names no profile of the account (the next id, the largest 64-bit one, the id with a leading zero).</summary>
    [Theory]
    [InlineData("{1}")]
    [InlineData("9223372036854775807")]
    [InlineData("\"9223372036854775807\"")]
    [InlineData("\"0{0}\"")]
    public async Task Create_ProfileIdNamingNoProfile_Returns422PointingAtIt(string value)
    {
        var client = app.BearerClient();
        var profile = await client.CreateProfileAsync();
        var json = string.Format(System.Globalization.CultureInfo.InvariantCulture, value, profile, long.Parse(profile, System.Globalization.CultureInfo.InvariantCulture) + 1);

        var response = await client.PostJsonAsync(V2Api.Path, $$$"""{"outbound":{"outbound_voice_profile_id":{{{json}}}}}""");

        var errors = await response.Expect422Async("/outbound/outbound_voice_profile_id");
        Assert.StartsWith("outbound_voice_profile_id", errors[0]!["detail"].Str());
    }

    [Fact]
    public async Task Create_TlsWithSrtp_Returns422PointingAtEncryptedMedia()
    {
        var response = await app.BearerClient().PostJsonAsync(V2Api.Path, """{"transport_protocol":"TLS","encrypted_media":"SRTP"}""");

        var errors = await response.Expect422Async("/encrypted_media");
        Assert.Contains("TLS", errors[0]!["detail"].Str());
    }

    [Fact]
    public async Task Create_SeveralBadFields_ReportsEachOnceInOneResponse()
    {
        var response = await app.BearerClient().PostJsonAsync(V2Api.Path,
            """{"active":"no","inbound":{"timeout_1xx_secs":300,"sip_region":"Mars"},"outbound":{"tech_prefix":"x"},"rtcp_settings":{"report_frequency_secs":1}}""");

        var errors = await response.Expect422Async(
            "/active", "/inbound/timeout_1xx_secs", "/inbound/sip_region", "/outbound/tech_prefix", "/rtcp_settings/report_frequency_secs");
        Assert.Contains(errors, e => e!["detail"].Str() == "timeout_1xx_secs must be between 1 and 120, got 300.");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    [InlineData("")]
    public async Task Create_BodyNotAJsonObject_Returns400AtRoot(string body)
    {
        var response = await app.BearerClient().PostJsonAsync(V2Api.Path, body);

        var errors = await response.ExpectV2ErrorAsync(400, "10015", "/");
        Assert.Equal("Bad Request", errors[0]!["title"].Str());
    }

    [Fact]
    public async Task Create_NonJsonContentType_Returns415InTheV2Envelope()
    {
        var response = await app.BearerClient().PostAsync(V2Api.Path, new StringContent("{}", System.Text.Encoding.UTF8, "text/plain"));

        await response.ExpectV2ErrorAsync(415, "10015", "/");
    }
}
