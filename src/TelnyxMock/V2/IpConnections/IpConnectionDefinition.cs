using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// A V2 IP connection, written once: every field of the API object in the order responses write it, with its type,
/// default, values, range and format, and the rules across fields. Binding, field rules, defaults, the partial-update
/// merge, the stored document, responses, Swagger's schemas and fixtures all follow from it (see
/// <see cref="ResourceDefinition"/>); <see cref="IpConnectionsApi"/> holds only the routes and what is not declarative.
/// </summary>
public static class IpConnectionDefinition
{
    public static readonly ShapeSpec Inbound = new("InboundIp",
    [
        F.Enum("ani_number_format", ConnectionValues.AniNumberFormats, "E.164-national"),
        F.Int("channel_limit", minimum: 0).OrNull(),
        F.StrList("codecs", ConnectionValues.DefaultCodecs) with
        {
            AcceptsOneString = true, MaxLength = 32, Printable = true, MinItems = 1, MinItemsMessage = "must list at least one codec.", UniqueItems = true, UniqueItemsMessage = "must not list a codec twice.",
            Description = "In priority order, at least one, each once; one string is taken as a one-element list.",
        },
        F.Str("default_primary_ip_id", maxLength: 64).OrNull() with { Printable = true, Description = "The id of an IP attached to this connection (see /v2/ips), or null." },
        F.Enum("default_routing_method", ConnectionValues.RoutingMethods).OrNull() with { BlankAllowed = true, BlankMeansNull = true },
        F.Str("default_secondary_ip_id", maxLength: 64).OrNull() with { Printable = true, Description = "The id of an IP attached to this connection (see /v2/ips), or null." },
        F.Str("default_tertiary_ip_id", maxLength: 64).OrNull() with { Printable = true, Description = "The id of an IP attached to this connection (see /v2/ips), or null." },
        F.Enum("dnis_number_format", V2Values.DnisNumberFormats, "e164"),
        F.Bool("generate_ringback_tone", false),
        F.Bool("isup_headers_enabled", false),
        F.Bool("prack_enabled", false),
        F.Bool("privacy_zone_enabled", false),
        F.Bool("shaken_stir_enabled", false),
        F.Bool("sip_compact_headers_enabled", true),
        F.Enum("sip_region", ConnectionValues.SipRegions, "US").Described("null means the default region, US.") with { NullMeansDefault = true },
        F.Str("sip_subdomain").OrNull() with
        {
            Format = "dns-label", Pattern = "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$", Description = "A DNS label: 1 to 63 letters, digits and inner hyphens.",
        },
        F.Enum("sip_subdomain_receive_settings", ConnectionValues.SipSubdomainReceiveSettings).OrNull(),
        F.Int("timeout_1xx_secs", 1, 120, 3),
        F.Int("timeout_2xx_secs", 1, 600, 90),
    ]);

    public static readonly ShapeSpec Outbound = new("OutboundIp",
    [
        F.Str("ani_override", "", maxLength: 64) with { Printable = true },
        F.Enum("ani_override_type", ConnectionValues.AniOverrideTypes, "always"),
        F.Bool("call_parking_enabled", false).OrNull(),
        F.Int("channel_limit", minimum: 0).OrNull(),
        F.Bool("generate_ringback_tone", false),
        F.Bool("instant_ringback_enabled", true),
        F.Enum("ip_authentication_method", V2Values.IpAuthenticationMethods, "tech-prefixp-charge-info"),
        F.Str("ip_authentication_token", maxLength: 255).OrNull() with { Printable = true },
        F.Str("localization").OrNull() with { Format = "country-code", Pattern = "^[A-Z]{2}$", Description = "A two-letter upper-case country code." },
        F.Int64Id("outbound_voice_profile_id").OrNull() with
        {
            Description = "A positive 64-bit integer, given as a string or a number; returned as a string.",
        },
        F.Enum("t38_reinvite_source", ConnectionValues.T38ReinviteSources, "customer"),
        F.Str("tech_prefix", "") with { Format = "tech-prefix", Pattern = "^([0-9]{4})?$", Description = "Exactly four digits, or \"\" for none." },
    ]);

    public static readonly ShapeSpec Fields = new("IpConnection",
    [
        F.ReadOnly("id", FieldType.String),
        F.ReadOnly("record_type", FieldType.String, JsonValue.Create(V2Values.RecordType)),
        F.Bool("active", true),
        F.Enum("anchorsite_override", V2Values.AnchorsiteOverrides, "Latency"),
        F.Uuid("android_push_credential_id").OrNull(),
        F.Bool("call_cost_in_webhooks", false),
        F.Str("connection_name", maxLength: 255).OrNull() with { Printable = true, Description = "May be left out or null: the connection then has no name." },
        F.ReadOnly("created_at", FieldType.String) with { Format = "date-time" },
        F.Bool("default_on_hold_comfort_noise_enabled", true),
        F.Enum("dtmf_type", ConnectionValues.DtmfTypes, "RFC 2833"),
        F.Bool("encode_contact_header_enabled", false),
        F.Enum("encrypted_media", V2Values.EncryptedMedia).OrNull().Described("SRTP or null; cannot be set when transport_protocol is TLS."),
        F.Obj("inbound", Inbound),
        F.Uuid("ios_push_credential_id").OrNull(),
        F.Obj("jitter_buffer", ConnectionShapes.JitterBuffer),
        F.Enum("noise_suppression", V2Values.NoiseSuppression, "disabled"),
        F.Obj("noise_suppression_details", ConnectionShapes.NoiseSuppressionDetails),
        F.Bool("onnet_t38_passthrough_enabled", false),
        F.Obj("outbound", Outbound),
        F.Obj("rtcp_settings", ConnectionShapes.RtcpSettings),
        F.StrList("tags") with { MaxItems = 100, MaxItemsMessage = "must hold at most 100 tags.", MaxLength = 255, Printable = true, Description = "At most 100 tags, none blank." },
        F.Enum("transport_protocol", V2Values.TransportProtocols, "UDP"),
        F.ReadOnly("updated_at", FieldType.String) with { Format = "date-time" },
        F.Enum("webhook_api_version", ConnectionValues.WebhookApiVersions, "1"),
        F.Url("webhook_event_failover_url").OrNull() with { BlankAllowed = true, Default = System.Text.Json.Nodes.JsonValue.Create("") },
        F.Url("webhook_event_url").OrNull(),
        F.Int("webhook_timeout_secs", 1, 30).OrNull(),
    ]);

    public static ResourceDefinition Definition { get; } = new("IpConnection", Fields)
    {
        Rules =
        [
            new("encrypted media never with TLS", (c, _) => ConnectionFieldRules.EncryptionWithTls(c,
                "Set encrypted_media to null or use UDP or TCP.")),
            new("jitter buffer minimum at most its maximum", (c, _) => JitterBufferInOrder(c["jitter_buffer"]!.AsObject())),
            new("default IPs are IPs attached to the connection", IpConnectionDefaults.AreAttachedIps),
        ],
    };

    private static IEnumerable<FieldError> JitterBufferInOrder(JsonObject jitter)
    {
        int min = jitter["jitterbuffer_msec_min"]!.GetValue<int>(), max = jitter["jitterbuffer_msec_max"]!.GetValue<int>();
        if (min > max)
        {
            yield return new FieldError("/jitter_buffer/jitterbuffer_msec_min", $"jitterbuffer_msec_min must not exceed jitterbuffer_msec_max ({max}), got {min}.");
        }
    }
}
