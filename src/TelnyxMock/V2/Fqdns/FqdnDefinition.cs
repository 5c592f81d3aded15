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

    public static readonly ShapeSpec Fields = new("Fqdn",
    [
        F.Int64Id("connection_id") with
        {
            Required = true, Description = "The FQDN connection this FQDN belongs to (one of your FQDN connections).",
            Link = LinkSpec.To<FqdnConnections.FqdnConnectionRow>("one of your FQDN connections", column: nameof(FqdnRow.ConnectionId), onDelete: OnDelete.Cascade),
        },
        F.ReadOnly("created_at", FieldType.String) with { Format = Formats.DateTime },
        F.Enum("dns_record_type", ["a", "srv"]) with
        {
            Required = true, Description = "a: the host's address record, used with port (5060 when none is given); srv: a service record, without a port.",
        },
        F.Str("fqdn", maxLength: 253) with
        {
            Required = true, Format = Formats.HostName,
            Description = "A host name: dot-separated labels of letters, digits and inner hyphens.",
        },
        F.ReadOnly("id", FieldType.String),
        F.Int("port", 1, 65535).OrNull().Described("For an a record; 5060 when left out. null (or left out) for an srv record."),
        F.ReadOnly("record_type", FieldType.String, JsonValue.Create(RecordType)),
        F.ReadOnly("updated_at", FieldType.String) with { Format = Formats.DateTime },
    ]);

    private static readonly ResourceDefinition Definition = new("Fqdn", Fields)
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
        ],
    };

    private static IEnumerable<FieldError> SrvHasNoPort(JsonObject fqdn)
    {
        if ((string?)fqdn["dns_record_type"] == "srv" && fqdn["port"] is JsonValue port)
        {
            yield return new FieldError("/port", $"port must be left out (or null) for an srv record, which carries its own ports; got {port.ToJsonString()}. Use dns_record_type a for a fixed port.");
        }
    }

    /// <summary>
    /// Telnyx V2 FQDNs: <c>/v2/fqdns</c>. An FQDN belongs to one of the account's FQDN connections, whose default FQDNs must
    /// be FQDNs attached to it; deleting an FQDN, or moving it away, clears the defaults that named it; deleting the
    /// connection deletes its FQDNs.
    /// </summary>
    public static readonly V2Resource<FqdnRow> Resource = new(Definition, new(
        "/v2/fqdns", "FQDNs", "Fqdn", "Fqdns", "an FQDN", "FQDNs"))
    {
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
