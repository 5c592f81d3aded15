using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

public sealed class UpdateIpConnectionTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();
    private readonly HttpClient client;

    public UpdateIpConnectionTests() => client = app.BearerClient();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Update_NestedField_KeepsTheRestOfThatObjectAndOfTheConnection()
    {
        var created = await client.CreateAsync(await client.WithRealProfileAsync(V2Samples.FullRequest));

        var updated = await client.PatchAsync(created["id"].Str(), """{"inbound":{"sip_region":"Australia"}}""");

        Assert.Equal("Australia", updated["inbound"]!["sip_region"].Str());
        created["inbound"]!["sip_region"] = "Australia";
        foreach (var (key, value) in created.AsObject().Where(p => p.Key != "updated_at"))
        {
            Assert.True(JsonNode.DeepEquals(value, updated[key]), $"{key}: was {value?.ToJsonString()}, now {updated[key]?.ToJsonString()}");
        }

        var fetched = (await (await client.GetAsync($"{V2Api.Path}/{created["id"].Str()}")).ExpectAsync(200))["data"];
        Assert.True(JsonNode.DeepEquals(updated, fetched));
    }

    [Fact]
    public async Task Update_EveryField_IsStored()
    {
        var created = await client.CreateAsync();
        var request = await client.WithRealProfileAsync(V2Samples.FullRequest);

        var updated = await client.PatchAsync(created["id"].Str(), request);

        foreach (var (key, value) in JsonNode.Parse(request)!.AsObject())
        {
            Assert.True(JsonNode.DeepEquals(value, updated[key]), $"{key}: sent {value?.ToJsonString()}, got {updated[key]?.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Update_UpdatedAtMovesStrictlyForwardAndCreatedAtStays()
    {
        var created = await client.CreateNamedAsync("a");
        var id = created["id"].Str();
        var previous = created["updated_at"].Str();

        for (var i = 0; i < 3; i++)
        {
            var updated = await client.PatchAsync(id, "{}");
            Assert.True(string.CompareOrdinal(updated["updated_at"].Str(), previous) > 0, $"{updated["updated_at"]} is not after {previous}");
            Assert.Equal(created["created_at"].Str(), updated["created_at"].Str());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", updated["updated_at"].Str());
            previous = updated["updated_at"].Str();
        }
    }

    [Theory]
    [InlineData("""{"outbound":{"localization":"US","channel_limit":5}}""", """{"outbound":{"localization":null}}""", "/outbound/localization", "/outbound/channel_limit", "5")]
    [InlineData("""{"connection_name":"named","active":false}""", """{"connection_name":null}""", "/connection_name", "/active", "false")]
    [InlineData("""{"webhook_timeout_secs":10,"webhook_event_url":"https://a.example.com"}""", """{"webhook_timeout_secs":null}""", "/webhook_timeout_secs", "/webhook_event_url", "\"https://a.example.com\"")]
    [InlineData("""{"inbound":{"channel_limit":3,"sip_subdomain":"abc"}}""", """{"inbound":{"channel_limit":null}}""", "/inbound/channel_limit", "/inbound/sip_subdomain", "\"abc\"")]
    public async Task Update_NullClearsThatFieldOnly(string create, string patch, string cleared, string kept, string keptValue)
    {
        var created = await client.CreateAsync(create);

        var updated = await client.PatchAsync(created["id"].Str(), patch);

        Assert.Null(CreateIpConnectionTests.At(updated, cleared));
        Assert.Equal(keptValue, CreateIpConnectionTests.At(updated, kept)!.ToJsonString());
    }

    [Theory]
    [InlineData("""{"encrypted_media":"SRTP"}""", """{"transport_protocol":"TLS"}""", "/encrypted_media")]
    [InlineData("""{"transport_protocol":"TLS"}""", """{"encrypted_media":"SRTP"}""", "/encrypted_media")]
    [InlineData("""{"jitter_buffer":{"jitterbuffer_msec_max":100}}""", """{"jitter_buffer":{"jitterbuffer_msec_min":150}}""", "/jitter_buffer/jitterbuffer_msec_min")]
    public async Task Update_BreakingACrossFieldRuleWithTheStoredValue_Returns422AndStoresNothing(string create, string patch, string pointer)
    {
        var created = await client.CreateAsync(create);
        var id = created["id"].Str();

        await (await client.PatchJsonAsync($"{V2Api.Path}/{id}", patch)).Expect422Async(pointer);

        var fetched = (await (await client.GetAsync($"{V2Api.Path}/{id}")).ExpectAsync(200))["data"];
        Assert.True(JsonNode.DeepEquals(created, fetched));
    }

    [Fact]
    public async Task Update_TlsWithEncryptionClearedInSameRequest_IsAccepted()
    {
        var created = await client.CreateAsync("""{"encrypted_media":"SRTP"}""");

        var updated = await client.PatchAsync(created["id"].Str(), """{"transport_protocol":"TLS","encrypted_media":null}""");

        Assert.Equal("TLS", updated["transport_protocol"].Str());
        Assert.Null(updated["encrypted_media"]);
    }

    [Theory]
    [InlineData("""{"inbound":{"timeout_2xx_secs":601}}""", "/inbound/timeout_2xx_secs")]
    [InlineData("""{"outbound":{"tech_prefix":"12"}}""", "/outbound/tech_prefix")]
    [InlineData("""{"rtcp_settings":{"report_frequency_secs":3001}}""", "/rtcp_settings/report_frequency_secs")]
    [InlineData("""{"active":null}""", "/active")]
    public async Task Update_InvalidField_Returns422AndStoresNothing(string patch, string pointer)
    {
        var created = await client.CreateNamedAsync("keep");
        var id = created["id"].Str();

        await (await client.PatchJsonAsync($"{V2Api.Path}/{id}", patch)).Expect422Async(pointer);

        var fetched = (await (await client.GetAsync($"{V2Api.Path}/{id}")).ExpectAsync(200))["data"];
        Assert.True(JsonNode.DeepEquals(created, fetched));
    }

    [Fact]
    public async Task Update_BodyNotJson_Returns400()
    {
        var created = await client.CreateNamedAsync("x");

        await (await client.PatchJsonAsync($"{V2Api.Path}/{created["id"].Str()}", "{")).ExpectV2ErrorAsync(400, "10015", "/");
    }

    [Fact]
    public async Task Update_OutboundVoiceProfileId_IsFoundByTheFilter()
    {
        var created = await client.CreateNamedAsync("x");
        var profile = await client.CreateProfileAsync();

        var updated = await client.PatchAsync(created["id"].Str(), $$$"""{"outbound":{"outbound_voice_profile_id":{{{profile}}}}}""");

        Assert.Equal(profile, updated["outbound"]!["outbound_voice_profile_id"].Str());
        Assert.Equal(["x"], (await client.ListAsync($"?filter[outbound_voice_profile_id]={profile}")).Names());
    }

    [Fact]
    public async Task Delete_ReturnsTheDeletedConnectionAndItIsGone()
    {
        var created = await client.CreateAsync(await client.WithRealProfileAsync(V2Samples.FullRequest));
        var path = $"{V2Api.Path}/{created["id"].Str()}";

        var deleted = (await (await client.DeleteAsync(path)).ExpectAsync(200))["data"];

        Assert.True(JsonNode.DeepEquals(created, deleted));
        await (await client.GetAsync(path)).ExpectV2ErrorAsync(404, "10005", "/");
        await (await client.DeleteAsync(path)).ExpectV2ErrorAsync(404, "10005", "/");
        Assert.Empty((await client.ListAsync())["data"]!.AsArray());
    }
}
