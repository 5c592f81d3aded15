using Microsoft.AspNetCore.Mvc;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// The query parameters of "List all connections". Declared for the OpenAPI document; values are
/// read through <see cref="QueryReader"/> so that repeated or malformed ones are reported, not guessed.
/// </summary>
public sealed class ConnectionListQuery
{
    [FromQuery(Name = "with_ips")]
    public string? WithIps { get; init; }

    [FromQuery(Name = "with_auth")]
    public string? WithAuth { get; init; }

    [FromQuery(Name = "with_fqdns")]
    public string? WithFqdns { get; init; }

    [FromQuery(Name = "mode")]
    public string? Mode { get; init; }

    [FromQuery(Name = "order_by")]
    public string? OrderBy { get; init; }

    [FromQuery(Name = "sort_direction")]
    public string? SortDirection { get; init; }

    [FromQuery(Name = "filter_connection_name")]
    public string? FilterConnectionName { get; init; }

    [FromQuery(Name = "filter_ip_address")]
    public string? FilterIpAddress { get; init; }

    [FromQuery(Name = "filter_auth_user_name")]
    public string? FilterAuthUserName { get; init; }

    [FromQuery(Name = "page")]
    public string? Page { get; init; }

    [FromQuery(Name = "per_page")]
    public string? PerPage { get; init; }
}

/// <summary>The list parameters once read and checked.</summary>
public sealed record ConnectionListOptions(
    bool WithIps,
    bool WithAuth,
    bool WithFqdns,
    bool Typeahead,
    string OrderBy,
    bool Reverse,
    string? NameContains,
    string? IpAddress,
    string? UserNameContains,
    int Page,
    int PerPage)
{
    public const int DefaultPerPage = 100;
    public const int MaxPerPage = 1000;
    public const int MinFilterLength = 3;

    public static (ConnectionListOptions Options, IReadOnlyList<FieldError> Errors) Read(IQueryCollection query)
    {
        var reader = new QueryReader(query, name => "/" + name);
        var options = new ConnectionListOptions(
            WithIps: reader.Boolean("with_ips"),
            WithAuth: reader.Boolean("with_auth"),
            WithFqdns: reader.Boolean("with_fqdns"),
            Typeahead: reader.OneOf("mode", V1Values.Modes) is not null,
            OrderBy: reader.OneOf("order_by", V1Values.OrderBy) ?? "created_at",
            Reverse: reader.OneOf("sort_direction", V1Values.SortDirections) is not null,
            NameContains: reader.Contains("filter_connection_name", MinFilterLength)?.Trim().ToLowerInvariant(),
            IpAddress: NonBlank(reader, "filter_ip_address"),
            UserNameContains: reader.Contains("filter_auth_user_name", MinFilterLength)?.Trim().ToLowerInvariant(),
            Page: reader.Integer("page", 1, 1, int.MaxValue),
            PerPage: reader.Integer("per_page", DefaultPerPage, 1, MaxPerPage));
        return (options, reader.Errors);
    }

    private static string? NonBlank(QueryReader reader, string name)
    {
        var value = reader.String(name);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            reader.Fail(name, $"{name} must not be blank.");
            return null;
        }

        return value?.Trim();
    }
}
