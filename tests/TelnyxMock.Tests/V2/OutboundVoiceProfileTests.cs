using System.Text.Json.Nodes;
using TelnyxMock.Tests.Control;

namespace TelnyxMock.Tests.V2;

/// <summary>
/// <c>/v2/outbound_voice_profiles</c> as the neighbourhood reference describes it: create answers 200, the documented
/// defaults, every field's rule, <c>filter[name][contains]</c>, the documented sorts and a page of 20 by default.
/// </summary>
public sealed class OutboundVoiceProfileTests : IDisposable
{
    private const string Path = "/v2/outbound_voice_profiles";

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    private async Task<JsonNode> CreateAsync(HttpClient client, string json) =>
        (await (await client.PostJsonAsync(Path, json)).ExpectAsync(200))["data"]!;

    [Fact]
    public async Task Create_WithOnlyAName_AppliesTheReferencesDefaults()
    {
        var profile = await CreateAsync(app.BearerClient(), """{"name": "office"}""");

        Assert.Equal("outbound_voice_profile", profile["record_type"].Str());
        Assert.True(profile["enabled"]!.GetValue<bool>());
        Assert.False(profile["daily_spend_limit_enabled"]!.GetValue<bool>());
        Assert.Equal(["US", "CA"], profile["whitelisted_destinations"]!.AsArray().Select(d => d.Str()));
        Assert.Equal("global", profile["service_plan"].Str());
        Assert.Equal("conversational", profile["traffic_type"].Str());
        Assert.Equal("rate-deck", profile["usage_payment_method"].Str());
        Assert.Equal(0, profile["connections_count"].Int());
        Assert.Null(profile["billing_group_id"]);
        Assert.Equal("single", profile["call_recording"]!["call_recording_channels"].Str());
        Assert.Equal("wav", profile["call_recording"]!["call_recording_format"].Str());
        Assert.False(profile.AsObject().ContainsKey("calling_window"), "calling_window is left out until set");
    }

    [Fact]
    public async Task Create_IsRetrievableUpdatableAndDeletable_AndIsTheAccountsOnly()
    {
        var client = app.BearerClient("KEY_owner");
        var profile = await CreateAsync(client, """{"name": "office", "tags": ["a"], "calling_window": {"start_time": "08:00", "end_time": "20:00:00.00Z"}}""");
        var id = profile["id"].Str();

        var read = (await (await client.GetAsync($"{Path}/{id}")).ExpectAsync(200))["data"]!;
        Assert.True(JsonNode.DeepEquals(profile, read));
        Assert.Equal("08:00", read["calling_window"]!["start_time"].Str());
        Assert.Null(read["calling_window"]!["calls_per_cld"]);

        await (await app.BearerClient("KEY_other").GetAsync($"{Path}/{id}")).ExpectAsync(404);
        await (await app.BearerClient("KEY_other").PatchJsonAsync($"{Path}/{id}", """{"name": "stolen"}""")).ExpectAsync(404);

        var updated = (await (await client.PatchJsonAsync($"{Path}/{id}", """{"enabled": false, "calling_window": {"calls_per_cld": 5}, "max_destination_rate": 0.25}""")).ExpectAsync(200))["data"]!;
        Assert.False(updated["enabled"]!.GetValue<bool>());
        Assert.Equal(5, updated["calling_window"]!["calls_per_cld"].Int());
        Assert.Equal("08:00", updated["calling_window"]!["start_time"].Str());
        Assert.Equal(0.25, updated["max_destination_rate"]!.GetValue<double>());
        Assert.Equal(["a"], updated["tags"]!.AsArray().Select(t => t.Str()));
        Assert.True(string.CompareOrdinal(updated["updated_at"].Str(), profile["updated_at"].Str()) > 0);

        var deleted = (await (await client.DeleteAsync($"{Path}/{id}")).ExpectAsync(200))["data"]!;
        Assert.Equal(id, deleted["id"].Str());
        await (await client.GetAsync($"{Path}/{id}")).ExpectAsync(404);
    }

    [Theory]
    [InlineData("""{}""", "/name", "name is required.")]
    [InlineData("""{"name": "ab"}""", "/name", "name must be at least 3 characters long, got 2.")]
    [InlineData("""{"name": 7}""", "/name", "name must be a string, got the number 7.")]
    [InlineData("""{"name": "office", "whitelisted_destinations": ["US", "usa"]}""", "/whitelisted_destinations/1", null)]
    [InlineData("""{"name": "office", "whitelisted_destinations": ["US", "US"]}""", "/whitelisted_destinations", null)]
    [InlineData("""{"name": "office", "billing_group_id": "group-1"}""", "/billing_group_id", null)]
    [InlineData("""{"name": "office", "concurrent_call_limit": 0}""", "/concurrent_call_limit", "concurrent_call_limit must be at least 1, got 0.")]
    [InlineData("""{"name": "office", "max_destination_rate": -1}""", "/max_destination_rate", "max_destination_rate must be at least 0, got -1.")]
    [InlineData("""{"name": "office", "max_destination_rate": "1"}""", "/max_destination_rate", "max_destination_rate must be a number, got a string.")]
    [InlineData("""{"name": "office", "daily_spend_limit": "100.001"}""", "/daily_spend_limit", null)]
    [InlineData("""{"name": "office", "daily_spend_limit": 100}""", "/daily_spend_limit", null)]
    [InlineData("""{"name": "office", "service_plan": "local"}""", "/service_plan", null)]
    [InlineData("""{"name": "office", "traffic_type": "short_duration"}""", "/traffic_type", null)]
    [InlineData("""{"name": "office", "usage_payment_method": "tariff"}""", "/usage_payment_method", null)]
    [InlineData("""{"name": "office", "call_recording": {"call_recording_type": "some"}}""", "/call_recording/call_recording_type", null)]
    [InlineData("""{"name": "office", "call_recording": {"call_recording_caller_phone_numbers": ["+19705555098", "9705555098"]}}""", "/call_recording/call_recording_caller_phone_numbers/1", null)]
    [InlineData("""{"name": "office", "calling_window": {"start_time": "8am"}}""", "/calling_window/start_time", null)]
    [InlineData("""{"name": "office", "calling_window": {"calls_per_cld": -1}}""", "/calling_window/calls_per_cld", null)]
    public async Task Create_BadField_Is422AtItsPointer_AndStoresNothing(string json, string pointer, string? detail)
    {
        var client = app.BearerClient("KEY_rules");
        var errors = await (await client.PostJsonAsync(Path, json)).Expect422Async(pointer);

        if (detail is not null)
        {
            Assert.Equal(detail, errors[0]!["detail"].Str());
        }

        Assert.Empty((await (await client.GetAsync(Path)).ExpectAsync(200))["data"]!.AsArray());
    }

    [Fact]
    public async Task ConnectionsCount_IsTheMocksToWrite_ASentOneIsIgnored()
    {
        var profile = await CreateAsync(app.BearerClient(), """{"name": "office", "connections_count": 3}""");

        Assert.Equal(0, profile["connections_count"].Int());
    }

    [Fact]
    public async Task EveryBadField_IsReportedAtOnce_OnCreateAndUpdate()
    {
        var client = app.BearerClient("KEY_rules");
        const string bad = """{"name": "x", "enabled": "yes", "tags": [1], "daily_spend_limit": "lots"}""";
        await (await client.PostJsonAsync(Path, bad)).Expect422Async("/name", "/enabled", "/tags", "/daily_spend_limit");

        var id = (await CreateAsync(client, """{"name": "office"}"""))["id"].Str();
        await (await client.PatchJsonAsync($"{Path}/{id}", bad)).Expect422Async("/name", "/enabled", "/tags", "/daily_spend_limit");
        Assert.Equal("office", (await (await client.GetAsync($"{Path}/{id}")).ExpectAsync(200))["data"]!["name"].Str());
    }

    [Fact]
    public async Task List_FiltersByNameContains_CaseInsensitively_SortsAndPagesBy20()
    {
        var client = app.BearerClient("KEY_list");
        for (var i = 0; i < 23; i++)
        {
            await CreateAsync(client, $$"""{"name": "{{(i % 2 == 0 ? "Office" : "Warehouse")}}-{{i:00}}", "enabled": {{(i % 3 == 0 ? "false" : "true")}}}""");
        }

        var first = await (await client.GetAsync(Path)).ExpectAsync(200);
        Assert.Equal(20, first["data"]!.AsArray().Count);
        Assert.Equal(23, first["meta"]!["total_results"].Int());
        Assert.Equal(2, first["meta"]!["total_pages"].Int());
        Assert.Equal("Office-22", first["data"]![0]!["name"].Str());

        var offices = await (await client.GetAsync($"{Path}?filter[name][contains]=oFFice&sort=name&page[size]=5&page[number]=2")).ExpectAsync(200);
        Assert.Equal(["Office-10", "Office-12", "Office-14", "Office-16", "Office-18"], offices["data"]!.AsArray().Select(p => p!["name"].Str()));
        Assert.Equal(12, offices["meta"]!["total_results"].Int());

        var byEnabled = await (await client.GetAsync($"{Path}?sort=-enabled&page[size]=250")).ExpectAsync(200);
        Assert.Equal(Enumerable.Repeat(true, 15).Concat(Enumerable.Repeat(false, 8)), byEnabled["data"]!.AsArray().Select(p => p!["enabled"]!.GetValue<bool>()));

        Assert.Empty((await (await app.BearerClient("KEY_else").GetAsync(Path)).ExpectAsync(200))["data"]!.AsArray());
    }

    [Theory]
    [InlineData("sort=size", "/sort")]
    [InlineData("page[size]=251", "/page/size")]
    [InlineData("filter[name][contains]=", "/filter/name/contains")]
    public async Task List_BadParameter_Is400AtIt(string query, string pointer)
    {
        await (await app.BearerClient().GetAsync($"{Path}?{query}")).ExpectPointerAsync(400, pointer);
    }

    [Fact]
    public async Task Fixtures_LoadProfilesWithFixedIds_AndConnectionsNamingThem()
    {
        await app.CreateClient().LoadFixturesAsync("""
            {"account": "KEY_fixtures",
             "ip_connections": [{"connection_name": "trunk", "outbound": {"outbound_voice_profile_id": "1293384261075731499"}}],
             "outbound_voice_profiles": [{"id": "1293384261075731499", "name": "office", "whitelisted_destinations": ["GB"]}]}
            """);

        var profile = (await (await app.BearerClient("KEY_fixtures").GetAsync($"{Path}/1293384261075731499")).ExpectAsync(200))["data"]!;
        Assert.Equal(["GB"], profile["whitelisted_destinations"]!.AsArray().Select(d => d.Str()));
        Assert.Equal(1, profile["connections_count"].Int());
    }
}
