using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;
using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.V2.CredentialConnections;

/// <summary>
/// A V2 credential connection (<c>/v2/credential_connections</c>): a SIP user name and password that devices register
/// with, written once. What it shares with the other connection types comes from <see cref="ConnectionShapes"/> and the
/// IP connection's shapes (the same field specs, picked by name); written here is only what is its own.
/// </summary>
public static class CredentialConnectionDefinition
{
    public const string RecordType = "credential_connection";

    public static readonly ShapeSpec Inbound = IpConnectionDefinition.Inbound.Pick("CredentialInbound",
        ["ani_number_format", "channel_limit", "codecs", "default_routing_method", "dnis_number_format", "generate_ringback_tone",
         "isup_headers_enabled", "prack_enabled", "shaken_stir_enabled", "sip_compact_headers_enabled", "timeout_1xx_secs", "timeout_2xx_secs"],
        extra: [F.Enum("simultaneous_ringing", ["disabled", "enabled"], "disabled").Described("Lets several devices registered with these credentials ring at once.")]);

    public static readonly ShapeSpec Outbound = IpConnectionDefinition.Outbound.Pick("CredentialOutbound",
        ["ani_override", "ani_override_type", "call_parking_enabled", "channel_limit", "generate_ringback_tone", "instant_ringback_enabled",
         "localization", "outbound_voice_profile_id", "t38_reinvite_source"],
        changed:
        [
            IpConnectionDefinition.Outbound["localization"] with { Default = JsonValue.Create("US") },
            IpConnectionDefinition.Outbound["t38_reinvite_source"] with { Default = JsonValue.Create("telnyx") },
        ]);

    public static readonly ShapeSpec Fields = ConnectionShapes.Connection("CredentialConnection", RecordType, Inbound, Outbound,
    [
        F.Str("password", maxLength: 128) with { Required = true, MinLength = 8, Printable = true, Description = "8 to 128 characters." },
        F.Enum("sip_uri_calling_preference", ["disabled", "unrestricted", "internal"], "disabled")
            .Described("Who may call this connection's SIP URI: nobody (disabled), anyone (unrestricted), or your own connections (internal)."),
        F.Str("user_name", maxLength: 32) with
        {
            Required = true, MinLength = 4, Format = Formats.SipUserName,
            Unique = new(nameof(CredentialConnectionRow.UserName), AcrossAccounts: true, "user_name '{0}' is already taken: user names are unique across Telnyx."),
            Description = "4 to 32 letters and digits, with a letter among the first 5; unique across Telnyx (no two connections share one).",
        },
    ],
    changed:
    [
        F.Str("connection_name", maxLength: 255) with { Required = true, NotBlank = true, Printable = true, Description = "Required on create." },
        F.Bool("default_on_hold_comfort_noise_enabled", false),
        F.Enum("webhook_api_version", [.. ConnectionValues.WebhookApiVersions, "texml"], "1")
            .Described("texml only with outbound.call_parking_enabled true."),
    ]);

    private static readonly ResourceDefinition Definition = new("CredentialConnection", Fields)
    {
        Rules =
        [
            .. ConnectionRules.Shared(),
            new("texml webhooks only with call parking", TexmlNeedsCallParking),
        ],
    };

    private static IEnumerable<FieldError> TexmlNeedsCallParking(JsonObject connection)
    {
        if ((string?)connection["webhook_api_version"] == "texml" && connection["outbound"]?["call_parking_enabled"]?.GetValue<bool>() != true)
        {
            yield return new FieldError("/webhook_api_version", "webhook_api_version can be texml only when outbound.call_parking_enabled is true.");
        }
    }

    /// <summary>Telnyx V2 credential connections: <c>/v2/credential_connections</c>, plus <c>actions/check_registration_status</c>.</summary>
    public static readonly V2ConnectionResource<CredentialConnectionRow> Resource = new(Definition, new(
        "/v2/credential_connections", "Credential Connections", "CredentialConnection", "CredentialConnections", "a credential connection", "Credential connections"))
    {
        ListDescription = "Returns a list of your credential connections, filtered, sorted (newest first by default) and paged.",
        CreateExample = """
            {"connection_name": "softphones", "user_name": "officedesk01", "password": "s3cret-passw0rd",
             "sip_uri_calling_preference": "internal", "inbound": {"codecs": ["OPUS", "G722"], "simultaneous_ringing": "enabled"},
             "outbound": {"localization": "GB"}}
            """,
        UpdateExample = """{"active": false, "inbound": {"timeout_1xx_secs": 5}}""",
        DeleteDescription = "Deletes a credential connection and returns it; its user name becomes free.",
        FixtureSection = "credential_connections",
        FixtureExtras = RegistrationStatusDefinition.Fixture,
        MoreRoutes = RegistrationStatusDefinition.MapCheck,
    };
}
