using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>
/// A phone number's voice settings (<c>GET/PATCH /v2/phone_numbers/{id}/voice</c>, <c>GET /v2/phone_numbers/voice</c>):
/// the reference's defaults, updates that merge nested objects, the flags the number shows of them, their rules (all
/// failures at once) and read-only emergency settings.
/// </summary>
public sealed partial class PhoneNumberVoiceTests : IDisposable
{
    private const string Alice = "KEY_alice";
    private const string N1 = "+19702240001";
    private const string N2 = "+442079460001";
    private const string N3 = "+18883390001";

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    private HttpClient Client => app.BearerClient(Alice);

    [Fact]
    public async Task Voice_OfANewNumber_HasTheReferencesDefaults()
    {
        var client = Client;
        var connection = await client.CreateNamedAsync("trunk");
        await client.OrderAsync(new JsonObject
        {
            ["phone_numbers"] = NumberApi.OrderOf(N1)["phone_numbers"]!.DeepClone(),
            ["connection_id"] = connection["id"].Str(),
            ["customer_reference"] = "MY REF 001",
        });
        var id = (await client.NumberAsync(N1))["id"].Str();

        var voice = (await client.GetOkAsync($"{NumberApi.Numbers}/{id}/voice"))["data"]!;

        var expected = JsonNode.Parse($$"""
            {
              "call_forwarding": {"call_forwarding_enabled": true, "forwarding_type": null, "forwards_to": null},
              "call_recording": {"inbound_call_recording_channels": "single", "inbound_call_recording_enabled": false, "inbound_call_recording_format": "wav"},
              "cnam_listing": {"cnam_listing_details": null, "cnam_listing_enabled": false},
              "connection_id": "{{connection["id"].Str()}}",
              "customer_reference": "MY REF 001",
              "emergency": {"emergency_address_id": null, "emergency_enabled": false, "emergency_status": "disabled"},
              "id": "{{id}}",
              "inbound_call_screening": "disabled",
              "media_features": {"accept_any_rtp_packets_enabled": false, "rtp_auto_adjust_enabled": true, "t38_fax_gateway_enabled": false},
              "phone_number": "{{N1}}",
              "record_type": "voice_settings",
              "tech_prefix_enabled": false,
              "translated_number": "",
              "usage_payment_method": "pay-per-minute"
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, voice), voice.ToJsonString());
    }

    [Fact]
    public async Task Number_OfANewNumber_ShowsTheVoiceSettingsDefaults()
    {
        await Client.BuyAsync(N1);

        var number = await Client.NumberAsync(N1);

        Assert.True(number["call_forwarding_enabled"]!.GetValue<bool>());
        Assert.False(number["call_recording_enabled"]!.GetValue<bool>());
        Assert.False(number["caller_id_name_enabled"]!.GetValue<bool>());
        Assert.False(number["cnam_listing_enabled"]!.GetValue<bool>());
        Assert.False(number["t38_fax_gateway_enabled"]!.GetValue<bool>());
        Assert.False(number["emergency_enabled"]!.GetValue<bool>());
        Assert.Equal("disabled", number["emergency_status"].Str());
        Assert.Null(number["emergency_address_id"]);
        Assert.Equal("disabled", number["inbound_call_screening"].Str());
    }

    [Fact]
    public async Task Update_MergesNestedObjects_AndLeavesTheRest()
    {
        var (client, id) = await NumberAsync();
        var before = (await client.GetOkAsync($"{NumberApi.Numbers}/{id}/voice"))["data"]!;

        var forwarded = await PatchVoiceAsync(client, id, """{"call_forwarding": {"forwarding_type": "always", "forwards_to": "+13035559123"}}""");
        var recorded = await PatchVoiceAsync(client, id, """{"call_recording": {"inbound_call_recording_format": "mp3"}, "tech_prefix_enabled": true}""");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"call_forwarding_enabled": true, "forwarding_type": "always", "forwards_to": "+13035559123"}"""), forwarded["call_forwarding"]));
        var expected = before.DeepClone().AsObject();
        expected["call_forwarding"] = forwarded["call_forwarding"]!.DeepClone();
        expected["call_recording"] = JsonNode.Parse("""{"inbound_call_recording_channels": "single", "inbound_call_recording_enabled": false, "inbound_call_recording_format": "mp3"}""");
        expected["tech_prefix_enabled"] = true;
        Assert.True(JsonNode.DeepEquals(expected, recorded), recorded.ToJsonString());
        Assert.True(JsonNode.DeepEquals(recorded, (await client.GetOkAsync($"{NumberApi.Numbers}/{id}/voice"))["data"]));
    }

    [Fact]
    public async Task Update_EveryWritableSetting_IsKept()
    {
        var (client, id) = await NumberAsync();

        var voice = await PatchVoiceAsync(client, id, """
            {"call_forwarding": {"call_forwarding_enabled": false, "forwarding_type": "on-failure", "forwards_to": "+13035559123"},
             "call_recording": {"inbound_call_recording_channels": "dual", "inbound_call_recording_enabled": true, "inbound_call_recording_format": "mp3"},
             "caller_id_name_enabled": true,
             "cnam_listing": {"cnam_listing_details": "ACME Widgets 01", "cnam_listing_enabled": true},
             "inbound_call_screening": "flag_calls",
             "media_features": {"accept_any_rtp_packets_enabled": true, "rtp_auto_adjust_enabled": false, "t38_fax_gateway_enabled": true},
             "tech_prefix_enabled": true, "translated_number": "+13035559999", "usage_payment_method": "channel"}
            """);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"call_forwarding_enabled": false, "forwarding_type": "on-failure", "forwards_to": "+13035559123"}"""), voice["call_forwarding"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"inbound_call_recording_channels": "dual", "inbound_call_recording_enabled": true, "inbound_call_recording_format": "mp3"}"""), voice["call_recording"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"cnam_listing_details": "ACME Widgets 01", "cnam_listing_enabled": true}"""), voice["cnam_listing"]));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"accept_any_rtp_packets_enabled": true, "rtp_auto_adjust_enabled": false, "t38_fax_gateway_enabled": true}"""), voice["media_features"]));
        Assert.Equal("flag_calls", voice["inbound_call_screening"].Str());
        Assert.True(voice["tech_prefix_enabled"]!.GetValue<bool>());
        Assert.Equal("+13035559999", voice["translated_number"].Str());
        Assert.Equal("channel", voice["usage_payment_method"].Str());
        Assert.False(voice.AsObject().ContainsKey("caller_id_name_enabled"));
    }

    [Fact]
    public async Task Number_ShowsTheFlagsOfItsVoiceSettings()
    {
        var (client, id) = await NumberAsync();
        var before = await client.NumberAsync(N1);

        await PatchVoiceAsync(client, id, """
            {"call_forwarding": {"call_forwarding_enabled": false}, "call_recording": {"inbound_call_recording_enabled": true},
             "cnam_listing": {"cnam_listing_enabled": true, "cnam_listing_details": "ACME"}, "media_features": {"t38_fax_gateway_enabled": true},
             "caller_id_name_enabled": true, "inbound_call_screening": "reject_calls"}
            """);

        var number = (await client.GetOkAsync($"{NumberApi.Numbers}/{id}"))["data"]!;
        Assert.False(number["call_forwarding_enabled"]!.GetValue<bool>());
        Assert.True(number["call_recording_enabled"]!.GetValue<bool>());
        Assert.True(number["cnam_listing_enabled"]!.GetValue<bool>());
        Assert.True(number["t38_fax_gateway_enabled"]!.GetValue<bool>());
        Assert.True(number["caller_id_name_enabled"]!.GetValue<bool>());
        Assert.Equal("reject_calls", number["inbound_call_screening"].Str());
        Assert.True(number["updated_at"].IsAfter(before["updated_at"]), $"{number["updated_at"]} is not after {before["updated_at"]}");
        Assert.True(JsonNode.DeepEquals(number, await client.NumberAsync(N1)));

        await PatchVoiceAsync(client, id, """{"call_forwarding": {"call_forwarding_enabled": true}, "caller_id_name_enabled": false, "inbound_call_screening": "disabled"}""");

        var back = await client.NumberAsync(N1);
        Assert.True(back["call_forwarding_enabled"]!.GetValue<bool>());
        Assert.False(back["caller_id_name_enabled"]!.GetValue<bool>());
        Assert.Equal("disabled", back["inbound_call_screening"].Str());
        Assert.True(back["call_recording_enabled"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Update_NumberFieldsThroughTheVoiceSettings_ChangeNothing()
    {
        var (client, id) = await NumberAsync();
        var number = await client.NumberAsync(N1);
        var voice = (await client.GetOkAsync($"{NumberApi.Numbers}/{id}/voice"))["data"]!;

        var after = await PatchVoiceAsync(client, id, """{"customer_reference": "changed", "connection_id": "1234", "phone_number": "+19702240002", "record_type": "x"}""");

        Assert.True(JsonNode.DeepEquals(voice, after), after.ToJsonString());
        var numberAfter = await client.NumberAsync(N1);
        Assert.Equal(number["customer_reference"]?.GetValue<string>(), numberAfter["customer_reference"]?.GetValue<string>());
        Assert.Null(numberAfter["connection_id"]);
    }

    [Fact]
    public async Task Update_ForwardsToNull_MeansNone()
    {
        await ForwardsToMeansNoneAsync("null");
    }

    [Fact]
    public async Task Update_ForwardsToBlank_MeansNone()
    {
        await ForwardsToMeansNoneAsync("\"\"");
    }

    private async Task ForwardsToMeansNoneAsync(string value)
    {
        var (client, id) = await NumberAsync();
        await PatchVoiceAsync(client, id, """{"call_forwarding": {"forwarding_type": "always", "forwards_to": "+13035559123"}}""");

        var voice = await PatchVoiceAsync(client, id, $$$"""{"call_forwarding": {"forwards_to": {{{value}}}}}""");

        Assert.Null(voice["call_forwarding"]!["forwards_to"]);
        Assert.True(voice["call_forwarding"]!.AsObject().ContainsKey("forwards_to"));
        Assert.Equal("always", voice["call_forwarding"]!["forwarding_type"].Str());
        Assert.True(JsonNode.DeepEquals(voice, (await client.GetOkAsync($"{NumberApi.Numbers}/{id}/voice"))["data"]));
    }

    private async Task<(HttpClient Client, string Id)> NumberAsync()
    {
        var client = Client;
        await client.BuyAsync(N1);
        return (client, (await client.NumberAsync(N1))["id"].Str());
    }

    private static async Task<JsonNode> PatchVoiceAsync(HttpClient client, string id, string patch) =>
        (await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{id}/voice", patch)).ExpectAsync(200))["data"]!;
}
