namespace TelnyxMock.V2.Fqdns;

/// <summary>
/// Telnyx V2 FQDNs: <c>/v2/fqdns</c>. An FQDN belongs to one of the account's FQDN connections, whose default FQDNs must
/// be FQDNs attached to it; deleting an FQDN, or moving it away, clears the defaults that named it; deleting the
/// connection deletes its FQDNs.
/// </summary>
public static class FqdnsApi
{
    public static readonly V2Resource<FqdnRow> Resource = new()
    {
        Definition = FqdnDefinition.Definition,
        Names = new("/v2/fqdns", "FQDNs", "Fqdn", "Fqdns", "an FQDN", "FQDNs"),
        ListDescription = "Returns a page of your FQDNs (newest first), filtered by connection, name, port or DNS record type.",
        List = V2Filter.List<FqdnRow>(
            V2Filter.Id<FqdnRow>("filter[connection_id]", "FQDNs of this FQDN connection.", f => f.ConnectionId),
            V2Filter.Exact<FqdnRow>("filter[fqdn]", "FQDNs with exactly this name.", f => f.Fqdn),
            V2Filter.Integer<FqdnRow>("filter[port]", "FQDNs with this port.", 1, 65535, f => f.Port),
            V2Filter.OneOf<FqdnRow>("filter[dns_record_type]", "FQDNs of this DNS record type.", ["a", "srv"], f => f.DnsRecordType)),
        CreateDescription = "Creates an FQDN of one of your FQDN connections: replace the example's connection_id with the id of one (create it first).",
        CreateExample = """{"connection_id": "1293384261075731499", "fqdn": "sip.example.com", "dns_record_type": "a", "port": 5060}""",
        UpdateExample = """{"port": 5061}""",
        DeleteDescription = "Deletes the FQDN and returns it; a default FQDN of its connection that named it is cleared.",
        FixtureSection = "fqdns",
    };
}
