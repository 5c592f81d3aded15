using System.Text.Json.Nodes;
using TelnyxMock.Resources;

using TelnyxMock.V2;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// A V1 connection ("Create a connection", "Update a connection"), written once: every field of the API object in the
/// order the V1 page's responses write it, and the rules across fields. Binding, field rules, defaults, the partial-update
/// merge, the stored document, responses, Swagger's schemas and fixtures follow from it (see <see cref="ResourceDefinition"/>).
/// </summary>
public static class ConnectionDefinition
{
    /// <summary>A default IP: 0 or null for none, else the id of an authorized IP of this connection (fixtures give them).</summary>
    private static readonly LinkSpec DefaultIp = LinkSpec.To<AuthorizedIp>("an authorized IP of this connection", scope: nameof(Connections.AuthorizedIp.ConnectionId),
        whenNone: "only IP-authenticated connections have authorized IPs, and fixtures give them", zeroMeansNone: true);

    public static readonly ShapeSpec Fields = new("Connection",
    [
        F.ReadOnly("id", FieldType.String),
        F.Str("connection_name", maxLength: 255) with { Required = true, NotBlank = true, Printable = true, Description = "Required on create; never blank." },
        F.ReadOnly("tech_prefix", FieldType.String, JsonValue.Create("")),
        F.ReadOnly("authentication_type", FieldType.Integer, JsonValue.Create(V1Values.AuthUnspecified)) with
        {
            Description = "1 unspecified, 2 IP, 3 credential: follows the authorized IPs and credentials a fixture gives.",
        },
        F.Bool("active", true),
        F.IntEnum("dnis_number_format", V1Values.DnisNumberFormats, 1).Described("0 = E.164, 1 = Strip-1, 2 = Strip-2."),
        F.IntString("timeout_1xx", 1, 20, "3").Described("Seconds before aborting if the connection is not made."),
        F.IntString("timeout_2xx", 1, 600, "90").Described("Seconds before aborting if the call is unanswered."),
        F.ReadOnly("forward_only", FieldType.Boolean, JsonValue.Create(false)),
        F.Enum("ani_override_type", ConnectionValues.AniOverrideTypes, "always"),
        F.Str("ani_override", "", maxLength: 64) with { Printable = true },
        F.ReadOnly("registration_status", FieldType.Integer, JsonValue.Create(0)),
        F.ReadOnly("last_registered_ip", FieldType.String) with { Nullable = true },
        F.ReadOnly("registration_status_updated_at", FieldType.String) with { Nullable = true, Format = Formats.DateTime },
        F.Bool("sip_compact_headers_enabled", true),
        F.Enum("transport_protocol", V1Values.TransportProtocols, "UDP"),
        F.Bool("third_party_control_enabled", false),
        F.Bool("privacy_zone_enabled", false),
        F.StrList("codecs", ConnectionValues.DefaultCodecs) with
        {
            MaxLength = 32, Printable = true, MinItems = 1, MinItemsMessage = "must list at least one codec.", UniqueItems = true, UniqueItemsMessage = "must not list a codec twice.",
            Description = "In priority order, at least one, each once.",
        },
        F.Bool("prack_enabled", false),
        F.Enum("default_routing_method", ConnectionValues.RoutingMethods).OrNull() with { BlankAllowed = true, BlankMeansNull = true },
        F.Int("default_primary_authorized_ip_id", minimum: 0).OrNull().Described("0 or null for none; otherwise an authorized IP of this connection.") with { Link = DefaultIp },
        F.Int("default_secondary_authorized_ip_id", minimum: 0).OrNull().Described("0 or null for none; otherwise an authorized IP of this connection.") with { Link = DefaultIp },
        F.Int("default_tertiary_authorized_ip_id", minimum: 0).OrNull().Described("0 or null for none; otherwise an authorized IP of this connection.") with { Link = DefaultIp },
        F.Enum("anchorsite_override", V1Values.AnchorsiteOverrides, "Latency"),
        F.Enum("encrypted_media", V1Values.EncryptedMedia).OrNull().Described("SRTP, ZRTP or null; cannot be set when transport_protocol is TLS."),
        F.ReadOnly("call_failure_check_enabled", FieldType.Boolean, JsonValue.Create(false)),
        F.Bool("instant_ringback_enabled", true),
        F.Enum("t38_reinvite_source", ConnectionValues.T38ReinviteSources, "telnyx"),
        F.Enum("ani_number_format", ConnectionValues.AniNumberFormats, "E.164-national"),
        F.Bool("isup_headers_enabled", false),
        F.Bool("encode_contact_header_enabled", false),
        F.Bool("inbound_generate_ringback_tone", false),
        F.Bool("outbound_generate_ringback_tone", false),
        F.Bool("rtcp_report_enabled", true).Described("Deprecated: accepted, and always returned as true.") with { Fixed = true },
        F.Int("rtcp_report_frequency_seconds", 5, 3000, 10),
        F.Enum("rtcp_port", ConnectionValues.RtcpPorts, "rtp+1"),
        F.Enum("dtmf_type", ConnectionValues.DtmfTypes, "RFC 2833"),
        F.Str("outbound_localization").OrNull() with { Format = Formats.CountryCode, Description = "A two-letter upper-case country code." },
        F.Int("inbound_channel_limit", minimum: 0).OrNull(),
        F.Int("outbound_channel_limit", minimum: 0).OrNull(),
        F.Bool("onnet_t38_passthrough_enabled", false).Described("true or false; 0 and 1 are accepted too.") with { AcceptsBit = true },
        F.Enum("sip_region", ConnectionValues.SipRegions, "US").Described("null means the default region, US.") with { NullMeansDefault = true },
        F.Enum("sip_uri_calling_preference", V1Values.SipUriCallingPreferences, "disabled"),
        F.Str("sip_subdomain").OrNull() with
        {
            Format = Formats.DnsLabel, Description = "A DNS label: 1 to 63 letters, digits and inner hyphens.",
        },
        F.Enum("sip_subdomain_receive_settings", ConnectionValues.SipSubdomainReceiveSettings).OrNull(),
        F.Bool("outbound_call_parking_enabled", false),
        F.Enum("webhook_api_version", ConnectionValues.WebhookApiVersions, "1"),
    ]);

    public static ResourceDefinition Definition { get; } = new("Connection", Fields)
    {
        Rules = [V2.ConnectionRules.EncryptionNeverWithTls()],
    };
}
