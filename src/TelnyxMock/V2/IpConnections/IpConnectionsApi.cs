namespace TelnyxMock.V2.IpConnections;

/// <summary>Telnyx V2 IP connections: <c>/v2/ip_connections</c>, the five V2 operations on <see cref="IpConnectionDefinition"/>.</summary>
public static class IpConnectionsApi
{
    public static readonly V2ConnectionResource<IpConnectionRow> Resource = new()
    {
        Definition = IpConnectionDefinition.Definition,
        Names = new("/v2/ip_connections", "IP Connections", "IpConnection", "IpConnections", "an Ip connection", "Ip connections"),
        ListDescription = "Returns a list of your IP connections, filtered, sorted (newest first by default) and paged.",
        CreateExample = """
            {"connection_name": "office-trunk", "active": true, "transport_protocol": "UDP", "default_on_hold_comfort_noise_enabled": true,
             "inbound": {"sip_region": "Europe", "ani_number_format": "+E.164", "timeout_1xx_secs": 3, "timeout_2xx_secs": 90, "codecs": ["G722", "G711U"]},
             "outbound": {"outbound_voice_profile_id": "1293384261075731499", "localization": "US", "tech_prefix": "1234"},
             "rtcp_settings": {"port": "rtcp-mux", "capture_enabled": false, "report_frequency_secs": 10}}
            """,
        UpdateExample = """{"active": false, "inbound": {"sip_region": "Australia"}}""",
        DeleteDescription = "Deletes an IP connection and returns it; the IPs attached to it are deleted with it.",
        FixtureSection = "ip_connections",
        FixtureChildren = [new("ips", Ips.IpsApi.Resource, "connection_id")],
        UpdateDescription = "Updates settings of an existing IP connection; fields left out, at any depth, are left unchanged.",
    };
}
