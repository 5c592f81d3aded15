using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;
using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.V2.Ips;

/// <summary>The filters of "List Ips", declared once for reading and for the OpenAPI document.</summary>
public sealed record IpListOptions(long? ConnectionId, string? IpAddress, int? Port, int PageNumber, int PageSize)
{
    public static readonly QueryParameter ConnectionIdParameter = new("filter[connection_id]", QueryKind.String,
        "IPs attached to this IP connection.");

    public static readonly QueryParameter IpAddressParameter = new("filter[ip_address]", QueryKind.String,
        "IPs with exactly this address.");

    public static readonly QueryParameter PortParameter = new("filter[port]", QueryKind.Integer, "IPs with this port.")
    { Minimum = 1, Maximum = 65535 };

    public static IReadOnlyList<QueryParameter> Parameters { get; } =
        [ConnectionIdParameter, IpAddressParameter, PortParameter, V2ListParameters.PageNumber, V2ListParameters.PageSize];

    public static (V2ListQuery<IpRow> Query, IReadOnlyList<FieldError> Errors) Read(IQueryCollection query)
    {
        var reader = new QueryReader(query, V2ListParameters.ToPointer);
        var port = reader.String(PortParameter) is null ? (int?)null : reader.Integer(PortParameter.Name, 0, 1, 65535);
        var options = new IpListOptions(
            V2ListParameters.Id(reader, ConnectionIdParameter),
            reader.String(IpAddressParameter),
            port,
            reader.Integer(V2ListParameters.PageNumber),
            reader.Integer(V2ListParameters.PageSize));
        return (new V2ListQuery<IpRow>(options.Filter, q => q.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id),
            options.PageNumber, options.PageSize, options with { PageNumber = 0, PageSize = 0 }), reader.Errors);
    }

    private IQueryable<IpRow> Filter(IQueryable<IpRow> query)
    {
        if (ConnectionId is { } connection)
        {
            query = query.Where(i => i.ConnectionId == connection);
        }

        if (IpAddress is { } address)
        {
            query = query.Where(i => i.IpAddress == address);
        }

        if (Port is { } port)
        {
            query = query.Where(i => i.Port == port);
        }

        return query;
    }
}

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
        ListParameters = IpListOptions.Parameters,
        ReadList = (query, _) => IpListOptions.Read(query),
        CreateExample = """{"ip_address": "192.0.2.10", "port": 5060}""",
        UpdateExample = """{"port": 5061}""",
        DeleteDescription = "Deletes the IP and returns it; a default IP of its connection that named it is cleared.",
        FixtureSection = "ips",
    };
}
