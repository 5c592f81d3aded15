using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;
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

    /// <summary>The name under which a rule's context lists the account's IP connection that <c>connection_id</c> names, if it exists.</summary>
    public const string IpConnections = "ip_connections";

    public static readonly ShapeSpec Fields = new("Ip",
    [
        F.Int64Id("connection_id").OrNull().Described("The IP connection this IP is attached to (one of your IP connections), or null."),
        F.ReadOnly("created_at", FieldType.String) with { Format = "date-time" },
        F.ReadOnly("id", FieldType.String),
        F.Str("ip_address", maxLength: 45) with
        {
            Required = true, Format = "ip", Description = "An IPv4 address in dotted-quad form, or an IPv6 address.",
        },
        F.Int("port", 1, 65535, 5060),
        F.ReadOnly("record_type", FieldType.String, JsonValue.Create(RecordType)),
        F.ReadOnly("updated_at", FieldType.String) with { Format = "date-time" },
    ]);

    public static ResourceDefinition Definition { get; } = new("Ip", Fields)
    {
        Rules = [new("connection_id names one of the account's IP connections", ConnectionExists)],
    };

    private static IEnumerable<FieldError> ConnectionExists(JsonObject ip, RuleContext context)
    {
        if (ip["connection_id"] is JsonValue value && value.GetValue<string>() is var id
            && !(long.TryParse(id, out var key) && context.Linked.GetValueOrDefault(IpConnections)?.Contains(key) == true))
        {
            yield return new FieldError("/connection_id", $"connection_id must be the id of one of your IP connections, got '{id}'.");
        }
    }
}
