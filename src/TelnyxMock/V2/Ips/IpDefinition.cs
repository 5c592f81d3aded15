using System.Text.Json.Nodes;
using TelnyxMock.Resources;
using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.V2.Ips;

/// <summary>
/// A V2 IP (<c>/v2/ips</c>): an address an IP connection accepts calls from, written once as the reference's <c>Ip</c>
/// schema orders it. Its <c>connection_id</c> names one of the account's IP connections, or is null for an IP not
/// attached yet.
/// </summary>
public static class IpDefinition
{
    public const string RecordType = "ip";

    public static readonly ShapeSpec Fields = new("Ip",
    [
        F.Int64Id("connection_id").OrNull().Described("The IP connection this IP is attached to (one of your IP connections), or null.") with
        {
            Link = LinkSpec.To<IpConnectionRow>("one of your IP connections", column: nameof(IpRow.ConnectionId), onDelete: OnDelete.Cascade),
        },
        F.ReadOnly("created_at", FieldType.String) with { Format = Formats.DateTime },
        F.ReadOnly("id", FieldType.String),
        F.Str("ip_address", maxLength: 45) with
        {
            Required = true, Format = Formats.IpAddress, Description = "An IPv4 address in dotted-quad form, or an IPv6 address.",
        },
        F.Int("port", 1, 65535, 5060),
        F.ReadOnly("record_type", FieldType.String, JsonValue.Create(RecordType)),
        F.ReadOnly("updated_at", FieldType.String) with { Format = Formats.DateTime },
    ]);

    private static readonly ResourceDefinition Definition = new("Ip", Fields);

    /// <summary>
    /// Telnyx V2 IPs: <c>/v2/ips</c>. An IP is attached to one of the account's IP connections (or to none); an IP
    /// connection's default IPs must be IPs attached to it. Deleting an IP, or moving it to another connection, clears the
    /// defaults of its connection that named it, in the same transaction; deleting a connection deletes its IPs.
    /// </summary>
    public static readonly V2Resource<IpRow> Resource = new(Definition, new(
        "/v2/ips", "IPs", "Ip", "Ips", "an Ip", "Ips"))
    {
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
