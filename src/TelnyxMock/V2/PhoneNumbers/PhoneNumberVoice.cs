using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.PhoneNumbers;

/// <summary>
/// A phone number's voice settings, as the reference's <c>PhoneNumberWithVoiceSettings</c> orders them: a view of the
/// number's document (see <see cref="PhoneNumberDefinition"/>), served at <c>/v2/phone_numbers/{id}/voice</c> and
/// <c>/v2/phone_numbers/voice</c>. The number's own flags (<c>call_forwarding_enabled</c>, …) follow them
/// (<see cref="Derive"/>).
/// </summary>
public static class PhoneNumberVoice
{
    public static readonly string[] PaymentMethods = ["pay-per-minute", "channel"];

    public static readonly string[] CallScreening = ["disabled", "reject_calls", "flag_calls"];

    public static readonly ShapeSpec CallForwarding = new("CallForwarding",
    [
        F.Bool("call_forwarding_enabled", true),
        F.Enum("forwarding_type", ["always", "on-failure"]).OrNull().Described("'forwards_to' must be set for this to have an effect."),
        F.Formatted("forwards_to", Formats.E164) with { Nullable = true, BlankAllowed = true, BlankMeansNull = true, Description = "Where inbound calls are forwarded (E.164); blank or null for nowhere." },
    ]);

    public static readonly ShapeSpec CallRecording = new("CallRecording",
    [
        F.Enum("inbound_call_recording_channels", ["single", "dual"], "single"),
        F.Bool("inbound_call_recording_enabled", false),
        F.Enum("inbound_call_recording_format", ["wav", "mp3"], "wav"),
    ]);

    public static readonly ShapeSpec CnamListing = new("CnamListing",
    [
        F.Formatted("cnam_listing_details", Formats.CnamListing).OrNull().Described("The CNAM listing: letters, digits and spaces, at most 15. Needed when cnam_listing_enabled is true."),
        F.Bool("cnam_listing_enabled", false),
    ]);

    public static readonly ShapeSpec Emergency = new("EmergencySettings",
    [
        F.ReadOnly("emergency_address_id", FieldType.String) with { Nullable = true, Description = "The address emergency services use." },
        F.ReadOnly("emergency_enabled", FieldType.Boolean, false),
        F.ReadOnly("emergency_status", FieldType.String, "disabled") with
        {
            Values = ["disabled", "active", "provisioning", "deprovisioning", "provisioning-failed"],
            Description = "active while emergency_enabled is true, disabled otherwise.",
        },
    ]);

    public static readonly ShapeSpec MediaFeatures = new("MediaFeatures",
    [
        F.Bool("accept_any_rtp_packets_enabled", false),
        F.Bool("rtp_auto_adjust_enabled", true),
        F.Bool("t38_fax_gateway_enabled", false),
    ]);

    public static readonly ShapeSpec VoiceFields = new("PhoneNumberWithVoiceSettings",
    [
        F.Obj("call_forwarding", CallForwarding),
        F.Obj("call_recording", CallRecording),
        F.Bool("caller_id_name_enabled", false) with { WriteOnly = true, Description = "Whether caller ID names are shown (answered by GET /v2/phone_numbers/{id})." },
        F.Obj("cnam_listing", CnamListing),
        F.ReadOnly("connection_id", FieldType.String) with { Nullable = true },
        F.ReadOnly("customer_reference", FieldType.String) with { Nullable = true },
        F.Obj("emergency", Emergency) with
        {
            ReadOnly = true,
            Description = "Emergency services: disabled (the reference's voice settings update does not take them, and the mock has no action that enables them).",
        },
        F.ReadOnly("id", FieldType.String),
        F.Enum("inbound_call_screening", CallScreening, "disabled"),
        F.Obj("media_features", MediaFeatures),
        F.ReadOnly("phone_number", FieldType.String) with { Format = Formats.E164 },
        F.ReadOnly("record_type", FieldType.String, "voice_settings") with { Fixed = true },
        F.Bool("tech_prefix_enabled", false),
        F.Str("translated_number", string.Empty, maxLength: 32) with { Printable = true, BlankAllowed = true, Description = "What the dialled number is rewritten to before an inbound call reaches you; blank for no rewrite." },
        F.Enum("usage_payment_method", PaymentMethods, "pay-per-minute"),
    ]);

    /// <summary>The voice settings' view of a number's document.</summary>
    public static readonly ResourceDefinition Definition = new("PhoneNumberWithVoiceSettings", VoiceFields)
    {
        Complete = Derive,
        Rules =
        [
            new("A CNAM listing needs its details", d =>
                d["cnam_listing"]?["cnam_listing_enabled"]?.GetValue<bool>() == true && d["cnam_listing"]?["cnam_listing_details"] is null
                    ? [new FieldError("/cnam_listing/cnam_listing_details", "cnam_listing_details is required when cnam_listing_enabled is true.")]
                    : []),
        ],
    };

    /// <summary>The flags <c>PhoneNumberDetailed</c> shows of the voice settings, and the emergency status, from the settings.</summary>
    public static void Derive(JsonObject document)
    {
        if (document["emergency"] is not JsonObject emergency)
        {
            return;
        }

        var enabled = emergency["emergency_enabled"]!.GetValue<bool>();
        emergency["emergency_status"] = enabled ? "active" : "disabled";
        document["emergency_enabled"] = enabled;
        document["emergency_status"] = emergency["emergency_status"]!.DeepClone();
        document["emergency_address_id"] = emergency["emergency_address_id"]?.DeepClone();
        document["call_forwarding_enabled"] = document["call_forwarding"]!["call_forwarding_enabled"]!.DeepClone();
        document["call_recording_enabled"] = document["call_recording"]!["inbound_call_recording_enabled"]!.DeepClone();
        document["cnam_listing_enabled"] = document["cnam_listing"]!["cnam_listing_enabled"]!.DeepClone();
        document["t38_fax_gateway_enabled"] = document["media_features"]!["t38_fax_gateway_enabled"]!.DeepClone();
    }
}
