namespace TelnyxMock.V2.Ips;

/// <summary>
/// Telnyx V2 IPs: <c>/v2/ips</c>. An IP is attached to one of the account's IP connections (or to none); an IP
/// connection's default IPs must be IPs attached to it. Deleting an IP, or moving it to another connection, clears the
/// defaults of its connection that named it, in the same transaction; deleting a connection deletes its IPs.
/// </summary>
public static class IpsApi
{
    public static readonly V2Resource<IpRow> Resource = new()
    {
        Definition = IpDefinition.Definition,
        Names = new("/v2/ips", "IPs", "Ip", "Ips", "an Ip", "Ips"),
        ListDescription = "Returns a page of your IPs (newest first), filtered by connection, address or port.",
        List = V2Filter.List<IpRow>(
            V2Filter.Id<IpRow>("filter[connection_id]", "IPs attached to this IP connection.", i => i.ConnectionId),
            V2Filter.Exact<IpRow>("filter[ip_address]", "IPs with exactly this address.", i => i.IpAddress),
            V2Filter.Integer<IpRow>("filter[port]", "IPs with this port.", 1, 65535, i => i.Port)),
        CreateExample = """{"ip_address": "192.0.2.10", "port": 5060}""",
        UpdateExample = """{"port": 5061}""",
        DeleteDescription = "Deletes the IP and returns it; a default IP of its connection that named it is cleared.",
        FixtureSection = "ips",
    };
}
