using System.Text.Json.Nodes;
using TelnyxMock.V2.IpConnections;
using TelnyxMock.Resources;

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

    public static ResourceDefinition Definition { get; } = new("Ip", Fields);
}
