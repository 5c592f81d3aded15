using Microsoft.EntityFrameworkCore;
using TelnyxMock.Resources;
using TelnyxMock.V2.Fqdns;

namespace TelnyxMock.V2.FqdnConnections;

/// <summary>Telnyx V2 FQDN connections: <c>/v2/fqdn_connections</c>.</summary>
public static class FqdnConnectionsApi
{
    public static readonly V2Resource<FqdnConnectionRow> Resource = new()
    {
        Definition = FqdnConnectionDefinition.Definition,
        Path = "/v2/fqdn_connections",
        Tag = "FQDN Connections",
        Singular = "FqdnConnection",
        Plural = "FqdnConnections",
        Noun = "an FQDN connection",
        Nouns = "FQDN connections",
        ListDescription = "Returns a list of your FQDN connections, filtered, sorted (newest first by default) and paged; filter[fqdn] matches connections with an FQDN of that name.",
        ListParameters = V2ConnectionListOptions.Parameters,
        ReadList = (query, db) =>
        {
            var (options, errors) = V2ConnectionListOptions.Read(query);
            return (new V2ListQuery<FqdnConnectionRow>(
                q => q.Filter(options, db.Set<FqdnRow>()),
                q => q.Sort(options.Sort), options.PageNumber, options.PageSize, options with { Sort = string.Empty, PageNumber = 0, PageSize = 0 }), errors);
        },
        CreateExample = """
            {"connection_name": "pbx-trunk", "transport_protocol": "TCP", "inbound": {"sip_region": "Europe", "codecs": ["G722", "G711A"]},
             "outbound": {"ip_authentication_method": "ip-authentication", "localization": "DE"}}
            """,
        UpdateExample = """{"active": false, "inbound": {"timeout_1xx_secs": 5}}""",
        DeleteDescription = "Deletes an FQDN connection and returns it; the FQDNs attached to it are deleted with it.",
        FixtureSection = "fqdn_connections",
        FixtureChildren = [new("fqdns", FqdnsApi.Resource, "connection_id")],
        IdOfAnotherType = V2Resource<FqdnConnectionRow>.SharesIdsWith<V2ConnectionRow>(),
    };
}
