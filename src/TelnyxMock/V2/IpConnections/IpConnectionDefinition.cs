using TelnyxMock.Resources;

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// A V2 IP connection, written once: every field of the API object in the order responses write it, with its type,
/// default, values, range and format, and the rules across fields. Binding, field rules, defaults, the partial-update
/// merge, the stored document, responses, Swagger's schemas and fixtures all follow from it (see
/// <see cref="ResourceDefinition"/>).
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
        F.Link("outbound_voice_profile_id", LinkSpec.To<OutboundVoiceProfiles.OutboundVoiceProfileRow>("one of your outbound voice profiles",
            column: nameof(V2ConnectionRow.OutboundVoiceProfileId))) with
        {
            AcceptsInteger = true,
            Description = "The id of one of your outbound voice profiles (see /v2/outbound_voice_profiles), or null; a number is taken as its digits.",
        },
        F.Enum("t38_reinvite_source", ConnectionValues.T38ReinviteSources, "customer"),
        F.Str("tech_prefix", "") with { Format = Formats.TechPrefix, Description = "Exactly four digits, or \"\" for none." },
    ]);

    public static readonly ShapeSpec Fields = ConnectionShapes.Connection("IpConnection", V2Values.RecordType, Inbound, Outbound,
    [
        F.Enum("transport_protocol", V2Values.TransportProtocols, "UDP"),
    ]);

    private static readonly ResourceDefinition Definition = new("IpConnection", Fields)
    {
        Rules = ConnectionRules.Shared("Set encrypted_media to null or use UDP or TCP."),
    };

    /// <summary>Telnyx V2 IP connections: <c>/v2/ip_connections</c>, the five V2 operations on <see cref="IpConnectionDefinition"/>.</summary>
    public static readonly V2ConnectionResource<IpConnectionRow> Resource = new(Definition, new(
        "/v2/ip_connections", "IP Connections", "IpConnection", "IpConnections", "an Ip connection", "Ip connections"))
    {
        ListDescription = "Returns a list of your IP connections, filtered, sorted (newest first by default) and paged.",
        CreateExample = """
            {"connection_name": "office-trunk", "active": true, "transport_protocol": "UDP", "default_on_hold_comfort_noise_enabled": true,
             "inbound": {"sip_region": "Europe", "ani_number_format": "+E.164", "timeout_1xx_secs": 3, "timeout_2xx_secs": 90, "codecs": ["G722", "G711U"]},
             "outbound": {"localization": "US", "tech_prefix": "1234"},
             "rtcp_settings": {"port": "rtcp-mux", "capture_enabled": false, "report_frequency_secs": 10}}
            """,
        UpdateExample = """{"active": false, "inbound": {"sip_region": "Australia"}}""",
        DeleteDescription = "Deletes an IP connection and returns it; the IPs attached to it are deleted with it.",
        FixtureSection = "ip_connections",
        FixtureChildren = [new("ips", Ips.IpDefinition.Resource, "connection_id")],
        UpdateDescription = "Updates settings of an existing IP connection; fields left out, at any depth, are left unchanged.",
    };
}
