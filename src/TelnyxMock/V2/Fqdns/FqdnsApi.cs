using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;
using TelnyxMock.V2.FqdnConnections;

namespace TelnyxMock.V2.Fqdns;

/// <summary>The filters of "List FQDNs", declared once for reading and for the OpenAPI document.</summary>
public sealed record FqdnListOptions(long? ConnectionId, string? Fqdn, int? Port, string? DnsRecordType, int PageNumber, int PageSize)
{
    public static readonly QueryParameter ConnectionIdParameter = new("filter[connection_id]", QueryKind.String, "FQDNs of this FQDN connection.");

    public static readonly QueryParameter FqdnParameter = new("filter[fqdn]", QueryKind.String, "FQDNs with exactly this name.");

    public static readonly QueryParameter PortParameter = new("filter[port]", QueryKind.Integer, "FQDNs with this port.") { Minimum = 1, Maximum = 65535 };

    public static readonly QueryParameter DnsRecordTypeParameter = new("filter[dns_record_type]", QueryKind.Enum, "FQDNs of this DNS record type.")
    { Values = ["a", "srv"] };

    public static IReadOnlyList<QueryParameter> Parameters { get; } =
        [ConnectionIdParameter, FqdnParameter, PortParameter, DnsRecordTypeParameter, V2ListParameters.PageNumber, V2ListParameters.PageSize];

    public static (V2ListQuery<FqdnRow> Query, IReadOnlyList<FieldError> Errors) Read(IQueryCollection query)
    {
        var reader = new QueryReader(query, V2ListParameters.ToPointer);
        var options = new FqdnListOptions(
            V2ListParameters.Id(reader, ConnectionIdParameter),
            reader.String(FqdnParameter),
            reader.String(PortParameter) is null ? null : reader.Integer(PortParameter.Name, 0, 1, 65535),
            reader.OneOf(DnsRecordTypeParameter.Name, DnsRecordTypeParameter.Values!),
            reader.Integer(V2ListParameters.PageNumber),
            reader.Integer(V2ListParameters.PageSize));
        return (new V2ListQuery<FqdnRow>(options.Filter, q => q.OrderByDescending(f => f.CreatedAt).ThenByDescending(f => f.Id),
            options.PageNumber, options.PageSize, options with { PageNumber = 0, PageSize = 0 }), reader.Errors);
    }

    private IQueryable<FqdnRow> Filter(IQueryable<FqdnRow> query)
    {
        if (ConnectionId is { } connection)
        {
            query = query.Where(f => f.ConnectionId == connection);
        }

        if (Fqdn is { } fqdn)
        {
            query = query.Where(f => f.Fqdn == fqdn);
        }

        if (Port is { } port)
        {
            query = query.Where(f => f.Port == port);
        }

        if (DnsRecordType is { } type)
        {
            query = query.Where(f => f.DnsRecordType == type);
        }

        return query;
    }
}

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
        ListParameters = FqdnListOptions.Parameters,
        ReadList = (query, _) => FqdnListOptions.Read(query),
        CreateDescription = "Creates an FQDN of one of your FQDN connections: replace the example's connection_id with the id of one (create it first).",
        CreateExample = """{"connection_id": "1293384261075731499", "fqdn": "sip.example.com", "dns_record_type": "a", "port": 5060}""",
        UpdateExample = """{"port": 5061}""",
        DeleteDescription = "Deletes the FQDN and returns it; a default FQDN of its connection that named it is cleared.",
        FixtureSection = "fqdns",
    };
}
