using TelnyxMock.Tests.Control;
using TelnyxMock.Tests.V1;
using TelnyxMock.Tests.V2;

namespace TelnyxMock.Tests.Common;

/// <summary>
/// A request that breaks a field's own rule and a rule checked on the merged result (the request applied to the
/// defaults or to what is stored) gets both reported in one answer, on create and on update, on both surfaces.
/// </summary>
public sealed class EveryFailureAtOnceTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task V2_Create_FieldRuleAndJitterMinAboveMax_ReportsBoth()
    {
        var response = await app.BearerClient().PostJsonAsync("/v2/ip_connections",
            """{"inbound": {"timeout_1xx_secs": 300}, "jitter_buffer": {"jitterbuffer_msec_min": 300, "jitterbuffer_msec_max": 100}}""");

        await response.Expect422Async("/inbound/timeout_1xx_secs", "/jitter_buffer/jitterbuffer_msec_min");
    }

    [Fact]
    public async Task V2_Create_WrongTypeAndSrtpWithTls_ReportsBoth()
    {
        var response = await app.BearerClient().PostJsonAsync("/v2/ip_connections",
            """{"transport_protocol": "TLS", "encrypted_media": "SRTP", "active": "yes"}""");

        await response.Expect422Async("/active", "/encrypted_media");
    }

    [Fact]
    public async Task V2_Update_FieldRuleAndSrtpAgainstStoredTls_ReportsBoth_AndChangesNothing()
    {
        var client = app.BearerClient();
        var created = await (await client.PostJsonAsync("/v2/ip_connections", """{"transport_protocol": "TLS"}""")).ExpectAsync(201);
        var id = created["data"]!["id"].Str();

        var response = await client.PatchJsonAsync($"/v2/ip_connections/{id}", """{"encrypted_media": "SRTP", "rtcp_settings": {"port": "rtp+2"}}""");

        await response.Expect422Async("/encrypted_media", "/rtcp_settings/port");
        var stored = await (await client.GetAsync($"/v2/ip_connections/{id}")).ExpectAsync(200);
        Assert.Null(stored["data"]!["encrypted_media"]);
        Assert.Equal("rtp+1", stored["data"]!["rtcp_settings"]!["port"].Str());
    }

    [Fact]
    public async Task V2_Update_FieldRuleAndJitterMinAboveStoredMax_ReportsBoth()
    {
        var client = app.BearerClient();
        var created = await (await client.PostJsonAsync("/v2/ip_connections", """{"jitter_buffer": {"jitterbuffer_msec_max": 100}}""")).ExpectAsync(201);
        var id = created["data"]!["id"].Str();

        var response = await client.PatchJsonAsync($"/v2/ip_connections/{id}", """{"webhook_timeout_secs": 99, "jitter_buffer": {"jitterbuffer_msec_min": 150}}""");

        await response.Expect422Async("/webhook_timeout_secs", "/jitter_buffer/jitterbuffer_msec_min");
    }

    [Fact]
    public async Task V2_Update_BadBodyForAnUnknownId_StillAnswersTheBodysFailures()
    {
        var response = await app.BearerClient().PatchJsonAsync("/v2/ip_connections/1234567890123456789", """{"webhook_timeout_secs": 99}""");

        await response.Expect422Async("/webhook_timeout_secs");
    }

    [Fact]
    public async Task V1_Create_FieldRuleAndAuthorizedIpOfNoConnection_ReportsBoth()
    {
        var response = await app.V1Client().PostJsonAsync("/security/connections",
            """{"connection_name": "x", "timeout_1xx": "99", "default_primary_authorized_ip_id": 5}""");

        var body = await response.ExpectV1ErrorAsync(400, "timeout_1xx");
        Assert.True(body["reasons"]!.AsObject().ContainsKey("default_primary_authorized_ip_id"), body.ToJsonString());
    }

    [Fact]
    public async Task V1_Update_FieldRuleAndSrtpAgainstStoredTls_ReportsBoth_AndChangesNothing()
    {
        var client = app.V1Client();
        var created = await (await client.PostJsonAsync("/security/connections", """{"connection_name": "tls", "transport_protocol": "TLS"}""")).ExpectAsync(200);
        var id = created["id"].Str();

        var response = await client.PutJsonAsync($"/security/connections/{id}", """{"encrypted_media": "SRTP", "timeout_2xx": "0"}""");

        var body = await response.ExpectV1ErrorAsync(400, "encrypted_media");
        Assert.True(body["reasons"]!.AsObject().ContainsKey("timeout_2xx"), body.ToJsonString());
        var stored = await (await client.GetAsync($"/security/connections/{id}")).ExpectAsync(200);
        Assert.Null(stored["encrypted_media"]);
        Assert.Equal("90", stored["timeout_2xx"].Str());
    }

    [Fact]
    public async Task V1_Update_FieldRuleAndAuthorizedIpNotOfThisConnection_ReportsBoth()
    {
        await app.CreateClient().LoadFixturesAsync("""
            {"account": "alice", "v1_connections": [{"id": "1000000000000000001", "connection_name": "ip-trunk",
              "authorized_ips": [{"id": 501, "ip_address": "192.0.2.10"}]}]}
            """);

        var response = await app.V1Client().PutJsonAsync("/security/connections/1000000000000000001",
            """{"default_primary_authorized_ip_id": 999, "rtcp_report_frequency_seconds": 1}""");

        var body = await response.ExpectV1ErrorAsync(400, "default_primary_authorized_ip_id");
        Assert.True(body["reasons"]!.AsObject().ContainsKey("rtcp_report_frequency_seconds"), body.ToJsonString());
    }
}
