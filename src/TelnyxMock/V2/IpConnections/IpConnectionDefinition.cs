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
    /// <summary>A default IP: the exact id of an IP attached to this connection; deleting or moving the IP clears it.</summary>
    private static readonly LinkSpec AttachedIp = LinkSpec.To<Ips.IpRow>("an IP attached to this connection", scope: nameof(Ips.IpRow.ConnectionId),
        whenNone: "create one with POST /v2/ips and this connection's id as connection_id");

    public static readonly ShapeSpec Inbound = new("InboundIp",
    [
        F.Enum("ani_number_format", ConnectionValues.AniNumberFormats, "E.164-national"),
        F.Int("channel_limit", minimum: 0).OrNull(),
        F.StrList("codecs", ConnectionValues.DefaultCodecs) with
        {
            AcceptsOneString = true, MaxLength = 32, Printable = true, MinItems = 1, MinItemsMessage = "must list at least one codec.", UniqueItems = true, UniqueItemsMessage = "must not list a codec twice.",
            Description = "In priority order, at least one, each once; one string is taken as a one-element list.",
        },
        F.Link("default_primary_ip_id", AttachedIp).Described("The id of an IP attached to this connection (see /v2/ips), or null."),
        F.Enum("default_routing_method", ConnectionValues.RoutingMethods).OrNull() with { BlankAllowed = true, BlankMeansNull = true },
        F.Link("default_secondary_ip_id", AttachedIp).Described("The id of an IP attached to this connection (see /v2/ips), or null."),
        F.Link("default_tertiary_ip_id", AttachedIp).Described("The id of an IP attached to this connection (see /v2/ips), or null."),
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
            Format = Formats.DnsLabel, Description = "A DNS label: 1 to 63 letters, digits and inner hyphens.",
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
        F.Str("localization").OrNull() with { Format = Formats.CountryCode, Description = "A two-letter upper-case country code." },
        F.Int64Id("outbound_voice_profile_id").OrNull() with
        {
            Description = "A positive 64-bit integer, given as a string or a number; returned as a string.",
        },
        F.Enum("t38_reinvite_source", ConnectionValues.T38ReinviteSources, "customer"),
        F.Str("tech_prefix", "") with { Format = Formats.TechPrefix, Description = "Exactly four digits, or \"\" for none." },
    ]);

    public static readonly ShapeSpec Fields = ConnectionShapes.Connection("IpConnection", V2Values.RecordType, Inbound, Outbound,
    [
        F.Enum("transport_protocol", V2Values.TransportProtocols, "UDP"),
    ]);

    public static ResourceDefinition Definition { get; } = new("IpConnection", Fields)
    {
        Rules = ConnectionRules.Shared("Set encrypted_media to null or use UDP or TCP."),
    };
}
