using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.Fqdns;

/// <summary>
/// A V2 FQDN (<c>/v2/fqdns</c>): a host name an FQDN connection sends calls to and accepts them from, attached to one of
/// the account's FQDN connections. The reference's rule, decided: an <c>a</c> record has a port (5060 when none is
/// given); an <c>srv</c> record has none (SRV records carry their own).
/// </summary>
public static class FqdnDefinition
{
    public const string RecordType = "fqdn";

    /// <summary>The name under which a rule's context lists the account's FQDN connection that <c>connection_id</c> names, if it exists.</summary>
    public const string FqdnConnections = "fqdn_connections";

    public static readonly ShapeSpec Fields = new("Fqdn",
    [
        F.Int64Id("connection_id") with { Required = true, Description = "The FQDN connection this FQDN belongs to (one of your FQDN connections)." },
        F.ReadOnly("created_at", FieldType.String) with { Format = "date-time" },
        F.Enum("dns_record_type", ["a", "srv"]) with
        {
            Required = true, Description = "a: the host's address record, used with port (5060 when none is given); srv: a service record, without a port.",
        },
        F.Str("fqdn", maxLength: 253) with
        {
            Required = true, Format = "hostname",
            Description = "A host name: dot-separated labels of letters, digits and inner hyphens.",
        },
        F.ReadOnly("id", FieldType.String),
        F.Int("port", 1, 65535).OrNull().Described("For an a record; 5060 when left out. null (or left out) for an srv record."),
        F.ReadOnly("record_type", FieldType.String, JsonValue.Create(RecordType)),
        F.ReadOnly("updated_at", FieldType.String) with { Format = "date-time" },
    ]);

    public static ResourceDefinition Definition { get; } = new("Fqdn", Fields)
    {
        Complete = fqdn =>
        {
            if ((string?)fqdn["dns_record_type"] == "a" && fqdn["port"] is null)
            {
                fqdn["port"] = 5060;
            }
        },
        Rules =
        [
            new("an srv record has no port", SrvHasNoPort),
            new("connection_id names one of the account's FQDN connections", ConnectionExists),
        ],
    };

    private static IEnumerable<FieldError> SrvHasNoPort(JsonObject fqdn, RuleContext context)
    {
        if ((string?)fqdn["dns_record_type"] == "srv" && fqdn["port"] is JsonValue port)
        {
            yield return new FieldError("/port", $"port must be left out (or null) for an srv record, which carries its own ports; got {port.ToJsonString()}. Use dns_record_type a for a fixed port.");
        }
    }

    private static IEnumerable<FieldError> ConnectionExists(JsonObject fqdn, RuleContext context)
    {
        if (fqdn["connection_id"] is JsonValue value && value.GetValue<string>() is var id
            && !(long.TryParse(id, out var key) && context.Linked.GetValueOrDefault(FqdnConnections)?.Contains(key) == true))
        {
            yield return new FieldError("/connection_id", $"connection_id must be the id of one of your FQDN connections, got '{id}'.");
        }
    }
}
