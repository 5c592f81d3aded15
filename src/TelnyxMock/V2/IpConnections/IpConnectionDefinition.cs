using TelnyxMock.Resources;

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// The writable fields of a V2 IP connection, written once: Swagger's request schemas and the field rules of create,
/// update and fixtures come from here. Rules across fields (SRTP never with TLS, jitter min at most max) are in
/// <see cref="IpConnectionRules"/>.
/// </summary>
public static class IpConnectionDefinition
{
    public static readonly ShapeSpec Inbound = new("InboundIp",
    [
        F.Enum("ani_number_format", ConnectionValues.AniNumberFormats, "E.164-national"),
        F.Int("channel_limit", minimum: 0).OrNull(),
        F.StrList("codecs", ConnectionValues.DefaultCodecs) with
        {
            MaxLength = 32, Printable = true, MinItems = 1, MinItemsMessage = "must list at least one codec.", UniqueItems = true, UniqueItemsMessage = "must not list a codec twice.",
            Description = "In priority order, at least one, each once; one string is taken as a one-element list.",
        },
        F.Str("default_primary_ip_id", maxLength: 64).OrNull() with { Printable = true },
        F.Enum("default_routing_method", ConnectionValues.RoutingMethods).OrNull() with { BlankAllowed = true },
        F.Str("default_secondary_ip_id", maxLength: 64).OrNull() with { Printable = true },
        F.Str("default_tertiary_ip_id", maxLength: 64).OrNull() with { Printable = true },
        F.Enum("dnis_number_format", V2Values.DnisNumberFormats, "e164"),
        F.Bool("generate_ringback_tone", false),
        F.Bool("isup_headers_enabled", false),
        F.Bool("prack_enabled", false),
        F.Bool("privacy_zone_enabled", false),
        F.Bool("shaken_stir_enabled", false),
        F.Bool("sip_compact_headers_enabled", true),
        F.Enum("sip_region", ConnectionValues.SipRegions, "US").OrNull().Described("null means the default region, US."),
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
        F.Str("outbound_voice_profile_id").OrNull() with
        {
            Format = "int64", Description = "A positive 64-bit integer, given as a string or a number; returned as a string.",
        },
        F.Enum("t38_reinvite_source", ConnectionValues.T38ReinviteSources, "customer"),
        F.Str("tech_prefix", "") with { Format = "tech-prefix", Pattern = "^([0-9]{4})?$", Description = "Exactly four digits, or \"\" for none." },
    ]);

    public static readonly ShapeSpec Fields = new("IpConnectionFields",
    [
        F.Bool("active", true),
        F.Enum("anchorsite_override", V2Values.AnchorsiteOverrides, "Latency"),
        F.Uuid("android_push_credential_id").OrNull(),
        F.Bool("call_cost_in_webhooks", false),
        F.Str("connection_name", maxLength: 255).OrNull() with { Printable = true, Description = "May be left out or null: the connection then has no name." },
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
        F.Enum("webhook_api_version", ConnectionValues.WebhookApiVersions, "1"),
        F.Url("webhook_event_failover_url").OrNull() with { BlankAllowed = true, Default = System.Text.Json.Nodes.JsonValue.Create("") },
        F.Url("webhook_event_url").OrNull(),
        F.Int("webhook_timeout_secs", 1, 30).OrNull(),
    ]);
}
