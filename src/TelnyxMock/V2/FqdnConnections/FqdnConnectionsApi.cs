using TelnyxMock.V2.Fqdns;

namespace TelnyxMock.V2.FqdnConnections;

/// <summary>Telnyx V2 FQDN connections: <c>/v2/fqdn_connections</c>.</summary>
public static class FqdnConnectionsApi
{
    public static readonly V2ConnectionResource<FqdnConnectionRow> Resource = new()
    {
        Definition = FqdnConnectionDefinition.Definition,
        Names = new("/v2/fqdn_connections", "FQDN Connections", "FqdnConnection", "FqdnConnections", "an FQDN connection", "FQDN connections"),
        ListDescription = "Returns a list of your FQDN connections, filtered, sorted (newest first by default) and paged; filter[fqdn] matches connections with an FQDN of that name.",
        CreateExample = """
            {"connection_name": "pbx-trunk", "transport_protocol": "TCP", "inbound": {"sip_region": "Europe", "codecs": ["G722", "G711A"]},
             "outbound": {"ip_authentication_method": "ip-authentication", "localization": "DE"}}
            """,
        UpdateExample = """{"active": false, "inbound": {"timeout_1xx_secs": 5}}""",
        DeleteDescription = "Deletes an FQDN connection and returns it; the FQDNs attached to it are deleted with it.",
        FixtureSection = "fqdn_connections",
        FixtureChildren = [new("fqdns", FqdnsApi.Resource, "connection_id")],
    };
}
