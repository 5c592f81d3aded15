using System.Text.Json.Nodes;
using TelnyxMock.Resources;
using TelnyxMock.V2.Fqdns;
using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.V2.FqdnConnections;

/// <summary>
/// A V2 FQDN connection (<c>/v2/fqdn_connections</c>): SIP traffic to and from hosts named by FQDN resources
/// (<c>/v2/fqdns</c>), written once. Shared fields come from <see cref="ConnectionShapes"/> and the IP connection's
/// shapes (the same specs, picked by name); written here is what is its own.
/// </summary>
public static class FqdnConnectionDefinition
{
    public const string RecordType = "fqdn_connection";

    /// <summary>A default FQDN: the exact id of an FQDN attached to this connection; deleting or moving the FQDN clears it.</summary>
    private static readonly LinkSpec AttachedFqdn = LinkSpec.To<Fqdns.FqdnRow>("an FQDN attached to this connection", scope: nameof(Fqdns.FqdnRow.ConnectionId),
        whenNone: "create one with POST /v2/fqdns and this connection's id as connection_id");

    public static readonly string[] DefaultFqdnFields = ["default_primary_fqdn_id", "default_secondary_fqdn_id", "default_tertiary_fqdn_id"];

    public static readonly ShapeSpec Inbound = IpConnectionDefinition.Inbound.Pick("InboundFqdn",
        ["ani_number_format", "channel_limit", "codecs", "default_routing_method", "dnis_number_format", "generate_ringback_tone", "isup_headers_enabled",
         "prack_enabled", "shaken_stir_enabled", "sip_compact_headers_enabled", "sip_region", "sip_subdomain", "sip_subdomain_receive_settings",
         "timeout_1xx_secs", "timeout_2xx_secs"],
        extra: DefaultFqdnFields.Select(f => F.Link(f, AttachedFqdn).Described("The id of an FQDN attached to this connection (see /v2/fqdns), or null.")),
        changed:
        [
            IpConnectionDefinition.Inbound["default_routing_method"] with { Default = JsonValue.Create("sequential") },
            IpConnectionDefinition.Inbound["sip_subdomain_receive_settings"] with { Default = JsonValue.Create("from_anyone") },
        ]);

    public static readonly ShapeSpec Outbound = IpConnectionDefinition.Outbound.Pick("OutboundFqdn",
        ["ani_override", "ani_override_type", "call_parking_enabled", "channel_limit", "generate_ringback_tone", "instant_ringback_enabled",
         "ip_authentication_token", "localization", "outbound_voice_profile_id", "t38_reinvite_source", "tech_prefix"],
        extra:
        [
            F.Enum("encrypted_media", V2Values.EncryptedMedia).OrNull(),
            F.Enum("ip_authentication_method", ["credential-authentication", "ip-authentication"], "ip-authentication"),
            IpConnectionDefinition.Inbound["timeout_1xx_secs"],
            IpConnectionDefinition.Inbound["timeout_2xx_secs"],
        ],
        changed:
        [
            IpConnectionDefinition.Outbound["instant_ringback_enabled"] with { Default = JsonValue.Create(false) },
            IpConnectionDefinition.Outbound["localization"] with { Default = JsonValue.Create("US") },
        ]);

    public static readonly ShapeSpec Fields = ConnectionShapes.Connection("FqdnConnection", RecordType, Inbound, Outbound,
    [
        F.Bool("microsoft_teams_sbc", false).Described("The connection serves Microsoft Teams Direct Routing."),
        F.Enum("transport_protocol", V2Values.TransportProtocols, "UDP"),
        F.ReadOnly("adjust_dtmf_timestamp", FieldType.Boolean, JsonValue.Create(false)),
        F.ReadOnly("call_cost_enabled", FieldType.Boolean, JsonValue.Create(false)),
        F.ReadOnly("ignore_dtmf_duration", FieldType.Boolean, JsonValue.Create(false)),
        F.ReadOnly("ignore_mark_bit", FieldType.Boolean, JsonValue.Create(false)),
        F.ReadOnly("password", FieldType.String) with { Nullable = true },
        F.ReadOnly("rtp_pass_codecs_on_stream_change", FieldType.Boolean, JsonValue.Create(false)),
        F.ReadOnly("send_normalized_timestamps", FieldType.Boolean, JsonValue.Create(false)),
        F.ReadOnly("third_party_control_enabled", FieldType.Boolean, JsonValue.Create(false)),
        F.ReadOnly("txt_name", FieldType.String) with { Nullable = true },
        F.ReadOnly("txt_ttl", FieldType.Integer) with { Nullable = true },
        F.ReadOnly("txt_value", FieldType.String) with { Nullable = true },
        F.ReadOnly("user_name", FieldType.String) with { Nullable = true },
    ],
    changed:
    [
        F.Str("connection_name", maxLength: 255) with { Required = true, NotBlank = true, Printable = true, Description = "Required on create." },
    ]);

    private static readonly ResourceDefinition Definition = new("FqdnConnection", Fields)
    {
        Rules = ConnectionRules.Shared(),
    };

    /// <summary>Telnyx V2 FQDN connections: <c>/v2/fqdn_connections</c>.</summary>
    public static readonly V2ConnectionResource<FqdnConnectionRow> Resource = new(Definition, new(
        "/v2/fqdn_connections", "FQDN Connections", "FqdnConnection", "FqdnConnections", "an FQDN connection", "FQDN connections"))
    {
        ListDescription = "Returns a list of your FQDN connections, filtered, sorted (newest first by default) and paged; filter[fqdn] matches connections with an FQDN of that name.",
        CreateExample = """
            {"connection_name": "pbx-trunk", "transport_protocol": "TCP", "inbound": {"sip_region": "Europe", "codecs": ["G722", "G711A"]},
             "outbound": {"ip_authentication_method": "ip-authentication", "localization": "DE"}}
            """,
        UpdateExample = """{"active": false, "inbound": {"timeout_1xx_secs": 5}}""",
        DeleteDescription = "Deletes an FQDN connection and returns it; the FQDNs attached to it are deleted with it.",
        FixtureSection = "fqdn_connections",
        FixtureChildren = [new("fqdns", FqdnDefinition.Resource, "connection_id")],
    };
}
