using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>Voice settings' rules and the voice list.</summary>
public sealed partial class PhoneNumberVoiceTests
{
    [Theory]
    [InlineData("""{"call_forwarding": {"forwards_to": "13035559123"}}""", "/call_forwarding/forwards_to")]
    [InlineData("""{"call_forwarding": {"forwards_to": "sip:office@example.com"}}""", "/call_forwarding/forwards_to")]
    [InlineData("""{"call_forwarding": {"forwarding_type": "sometimes"}}""", "/call_forwarding/forwarding_type")]
    [InlineData("""{"call_forwarding": {"call_forwarding_enabled": "yes"}}""", "/call_forwarding/call_forwarding_enabled")]
    [InlineData("""{"call_recording": {"inbound_call_recording_channels": "triple"}}""", "/call_recording/inbound_call_recording_channels")]
    [InlineData("""{"call_recording": {"inbound_call_recording_format": "ogg"}}""", "/call_recording/inbound_call_recording_format")]
    [InlineData("""{"cnam_listing": {"cnam_listing_enabled": true}}""", "/cnam_listing/cnam_listing_details")]
    [InlineData("""{"cnam_listing": {"cnam_listing_enabled": true, "cnam_listing_details": null}}""", "/cnam_listing/cnam_listing_details")]
    [InlineData("""{"cnam_listing": {"cnam_listing_details": "ACME Widgets 012"}}""", "/cnam_listing/cnam_listing_details")]
    [InlineData("""{"cnam_listing": {"cnam_listing_details": "ACME!"}}""", "/cnam_listing/cnam_listing_details")]
    [InlineData("""{"cnam_listing": {"cnam_listing_details": ""}}""", "/cnam_listing/cnam_listing_details")]
    [InlineData("""{"inbound_call_screening": "maybe"}""", "/inbound_call_screening")]
    [InlineData("""{"usage_payment_method": "free"}""", "/usage_payment_method")]
    [InlineData("""{"media_features": {"t38_fax_gateway_enabled": 1}}""", "/media_features/t38_fax_gateway_enabled")]
    [InlineData("""{"tech_prefix_enabled": "true"}""", "/tech_prefix_enabled")]
    [InlineData("""{"caller_id_name_enabled": "true"}""", "/caller_id_name_enabled")]
    [InlineData("""{"call_forwarding": "always"}""", "/call_forwarding")]
    public async Task Update_BreakingARule_Is422AtItsPointer_AndChangesNothing(string patch, string pointer)
    {
        var (client, id) = await NumberAsync();
        var voice = (await client.GetOkAsync($"{NumberApi.Numbers}/{id}/voice"))["data"]!;
        var number = await client.NumberAsync(N1);

        await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{id}/voice", patch)).Expect422Async(pointer);

        Assert.True(JsonNode.DeepEquals(voice, (await client.GetOkAsync($"{NumberApi.Numbers}/{id}/voice"))["data"]));
        Assert.True(JsonNode.DeepEquals(number, await client.NumberAsync(N1)));
    }

    [Fact]
    public async Task Update_CnamDetailsOfFifteenLettersDigitsAndSpaces_AreAccepted()
    {
        var (client, id) = await NumberAsync();

        var voice = await PatchVoiceAsync(client, id, """{"cnam_listing": {"cnam_listing_enabled": true, "cnam_listing_details": "ACME Widgets 01"}}""");
        var disabled = await PatchVoiceAsync(client, id, """{"cnam_listing": {"cnam_listing_enabled": false}}""");
        var enabledAgain = await PatchVoiceAsync(client, id, """{"cnam_listing": {"cnam_listing_enabled": true}}""");

        Assert.Equal("ACME Widgets 01", voice["cnam_listing"]!["cnam_listing_details"].Str());
        Assert.Equal("ACME Widgets 01", disabled["cnam_listing"]!["cnam_listing_details"].Str());
        Assert.True(enabledAgain["cnam_listing"]!["cnam_listing_enabled"]!.GetValue<bool>());
        await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{id}/voice", """{"cnam_listing": {"cnam_listing_details": null}}""")).Expect422Async("/cnam_listing/cnam_listing_details");
    }

    [Fact]
    public async Task Update_EveryBrokenRuleAtOnce_IsReportedInOneAnswer()
    {
        var (client, id) = await NumberAsync();

        var response = await client.PatchJsonAsync($"{NumberApi.Numbers}/{id}/voice", """
            {"call_forwarding": {"forwarding_type": "sometimes", "forwards_to": "12345"},
             "call_recording": {"inbound_call_recording_channels": "triple", "inbound_call_recording_format": "ogg"},
             "cnam_listing": {"cnam_listing_enabled": true},
             "inbound_call_screening": "maybe", "usage_payment_method": "free", "tech_prefix_enabled": "yes"}
            """);

        await response.Expect422Async(
            "/call_forwarding/forwarding_type", "/call_forwarding/forwards_to", "/call_recording/inbound_call_recording_channels",
            "/call_recording/inbound_call_recording_format", "/cnam_listing/cnam_listing_details", "/inbound_call_screening", "/usage_payment_method",
            "/tech_prefix_enabled");
    }

    [Fact]
    public async Task Update_Emergency_IsReadOnly_AndChangesNothing()
    {
        var (client, id) = await NumberAsync();
        var before = (await client.GetOkAsync($"{NumberApi.Numbers}/{id}/voice"))["data"]!;

        var after = await PatchVoiceAsync(client, id, """
            {"emergency": {"emergency_enabled": true, "emergency_address_id": "1315261609962112019", "emergency_status": "active"}}
            """);

        Assert.True(JsonNode.DeepEquals(before["emergency"], after["emergency"]), after["emergency"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"emergency_address_id": null, "emergency_enabled": false, "emergency_status": "disabled"}"""), after["emergency"]));
        var number = await client.NumberAsync(N1);
        Assert.False(number["emergency_enabled"]!.GetValue<bool>());
        Assert.Equal("disabled", number["emergency_status"].Str());
        Assert.Null(number["emergency_address_id"]);
    }

    [Fact]
    public async Task Update_PhoneNumberFieldsPatch_LeavesTheVoiceSettings()
    {
        var (client, id) = await NumberAsync();
        var voice = await PatchVoiceAsync(client, id, """{"usage_payment_method": "channel", "call_forwarding": {"forwards_to": "+13035559123"}}""");

        await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{id}", """{"customer_reference": "office", "tags": ["a"]}""")).ExpectAsync(200);

        var after = (await client.GetOkAsync($"{NumberApi.Numbers}/{id}/voice"))["data"]!;
        Assert.Equal("office", after["customer_reference"].Str());
        after["customer_reference"] = voice["customer_reference"]?.DeepClone();
        Assert.True(JsonNode.DeepEquals(voice, after), after.ToJsonString());
    }

    public static TheoryData<string, string[]> Filters => new()
    {
        { "", [N3, N2, N1] },
        { "filter[connection_name][contains]=TRUNK", [N3, N1] },
        { "filter[connection_name][contains]=office", [N1] },
        { "filter[connection_name][contains]=nothing", [] },
        { "filter[customer_reference]=ref-a", [N1] },
        { "filter[customer_reference]=ref", [] },
        { "filter[phone_number]=970224", [N1] },
        { "filter[phone_number]=%2B4420", [N2] },
        { "filter[phone_number]=abc", [] },
        { "filter[voice.usage_payment_method]=channel", [N2] },
        { "filter[voice.usage_payment_method]=pay-per-minute", [N3, N1] },
        { "sort=phone_number", [N3, N1, N2] },
        { "sort=purchased_at", [N1, N2, N3] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task List_Filter_MatchesItsNumbersOnly(string query, string[] expected)
    {
        var client = Client;
        var office = (await client.CreateNamedAsync("Office Trunk"))["id"].Str();
        var annex = (await client.CreateNamedAsync("Annex Trunk"))["id"].Str();
        await client.OrderAsync(new JsonObject { ["phone_numbers"] = NumberApi.OrderOf(N1)["phone_numbers"]!.DeepClone(), ["connection_id"] = office, ["customer_reference"] = "ref-a" });
        await Task.Delay(5);
        await client.BuyAsync(N2);
        await Task.Delay(5);
        await client.OrderAsync(new JsonObject { ["phone_numbers"] = NumberApi.OrderOf(N3)["phone_numbers"]!.DeepClone(), ["connection_id"] = annex });
        await PatchVoiceAsync(client, (await client.NumberAsync(N2))["id"].Str(), """{"usage_payment_method": "channel"}""");
        await app.BearerClient("KEY_bob").BuyAsync("+19702240099");

        var page = await client.GetOkAsync($"{NumberApi.Numbers}/voice?{query}");

        Assert.Equal(expected, page.PhoneNumbers());
        Assert.Equal(expected.Length, page["meta"]!["total_results"]!.GetValue<int>());
        Assert.All(page["data"]!.AsArray(), v => Assert.Equal("voice_settings", v!["record_type"].Str()));
        Assert.All(page["data"]!.AsArray(), v => Assert.True(v!.AsObject().ContainsKey("call_forwarding")));
    }

    [Theory]
    [InlineData("filter[connection_name][contains]=ab", "/filter/connection_name/contains")]
    [InlineData("filter[phone_number]=12", "/filter/phone_number")]
    [InlineData("filter[voice.usage_payment_method]=free", "/filter/voice.usage_payment_method")]
    [InlineData("sort=colour", "/sort")]
    public async Task List_BadParameter_Returns400AtItsPointer(string query, string pointer)
    {
        var response = await Client.GetAsync($"{NumberApi.Numbers}/voice?{query}");

        await response.ExpectV2ErrorAsync(400, "10015", pointer);
    }

    [Fact]
    public async Task List_PageSize_Is20ByDefault()
    {
        var client = Client;
        await client.BuyAsync([.. Enumerable.Range(0, 21).Select(i => $"+1303416{i:D4}")]);

        var page = await client.GetOkAsync($"{NumberApi.Numbers}/voice");

        Assert.Equal(20, page["data"]!.AsArray().Count);
        Assert.Equal(20, page["meta"]!["page_size"]!.GetValue<int>());
        Assert.Equal(21, page["meta"]!["total_results"]!.GetValue<int>());
    }
}
