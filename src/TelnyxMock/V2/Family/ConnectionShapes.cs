using System.Text.Json.Nodes;
using TelnyxMock.Resources;

namespace TelnyxMock.V2;

/// <summary>
/// What every V2 connection type shares: the fields of the connection itself (written once here; a type adds its own
/// and its <c>inbound</c> and <c>outbound</c> shapes) and the RTCP settings, jitter buffer and noise suppression details.
/// </summary>
public static class ConnectionShapes
{
    public static readonly ShapeSpec RtcpSettings = new("ConnectionRtcpSettings",
    [
        F.Bool("capture_enabled", false),
        F.Enum("port", ConnectionValues.RtcpPorts, "rtp+1"),
        F.Int("report_frequency_secs", 5, 3000, 5),
    ]);

    public static readonly ShapeSpec JitterBuffer = new("ConnectionJitterBuffer",
    [
        F.Bool("enable_jitter_buffer", false),
        F.Int("jitterbuffer_msec_max", 40, 400, 200),
        F.Int("jitterbuffer_msec_min", 40, 400, 60).Described("At most jitterbuffer_msec_max."),
    ]);

    public static readonly ShapeSpec NoiseSuppressionDetails = new("ConnectionNoiseSuppressionDetails",
    [
        F.Int("attenuation_limit", 0, 100, 100) with { MultipleOf = 10 },
        F.Enum("engine", V2Values.NoiseSuppressionEngines, "denoiser"),
    ]);

    /// <summary>
    /// A connection type's fields, in the reference's order (<c>id</c>, <c>record_type</c>, then by name): those every type
    /// has, its <paramref name="inbound"/> and <paramref name="outbound"/> shapes, and its <paramref name="own"/> fields;
    /// <paramref name="changed"/> replaces a shared field where the type's differs (another default, say).
    /// </summary>
    public static ShapeSpec Connection(string name, string recordType, ShapeSpec inbound, ShapeSpec outbound, IEnumerable<FieldSpec> own, IEnumerable<FieldSpec>? changed = null)
    {
        var replaced = (changed ?? []).ToDictionary(f => f.Name, StringComparer.Ordinal);
        FieldSpec[] shared =
        [
            F.Bool("active", true),
            F.Enum("anchorsite_override", V2Values.AnchorsiteOverrides, "Latency"),
            F.Uuid("android_push_credential_id").OrNull(),
            F.Bool("call_cost_in_webhooks", false),
            F.Str("connection_name", maxLength: 255).OrNull() with { Printable = true, Description = "May be left out or null: the connection then has no name." },
            F.ReadOnly("created_at", FieldType.String) with { Format = Formats.DateTime },
            F.Bool("default_on_hold_comfort_noise_enabled", true),
            F.Enum("dtmf_type", ConnectionValues.DtmfTypes, "RFC 2833"),
            F.Bool("encode_contact_header_enabled", false),
            F.Enum("encrypted_media", V2Values.EncryptedMedia).OrNull().Described("SRTP or null; cannot be set when transport_protocol is TLS."),
            F.Obj("inbound", inbound),
            F.Uuid("ios_push_credential_id").OrNull(),
            F.Obj("jitter_buffer", JitterBuffer),
            F.Enum("noise_suppression", V2Values.NoiseSuppression, "disabled"),
            F.Obj("noise_suppression_details", NoiseSuppressionDetails),
            F.Bool("onnet_t38_passthrough_enabled", false),
            F.Obj("outbound", outbound),
            F.Obj("rtcp_settings", RtcpSettings),
            F.StrList("tags") with { MaxItems = 100, MaxItemsMessage = "must hold at most 100 tags.", MaxLength = 255, Printable = true, Description = "At most 100 tags, none blank." },
            F.ReadOnly("updated_at", FieldType.String) with { Format = Formats.DateTime },
            F.Enum("webhook_api_version", ConnectionValues.WebhookApiVersions, "1"),
            F.Url("webhook_event_failover_url").OrNull() with { BlankAllowed = true, Default = JsonValue.Create("") },
            F.Url("webhook_event_url").OrNull(),
            F.Int("webhook_timeout_secs", 1, 30).OrNull(),
        ];
        var fields = shared.Select(f => replaced.GetValueOrDefault(f.Name) ?? f).Concat(own).OrderBy(f => f.Name, StringComparer.Ordinal);
        return new ShapeSpec(name,
        [
            F.ReadOnly("id", FieldType.String),
            F.ReadOnly("record_type", FieldType.String, JsonValue.Create(recordType)),
            .. fields,
        ]);
    }
}
