using TelnyxMock.Common;
using TelnyxMock.Common.Errors;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// The list parameters once read and checked. <see cref="Parameters"/> declares them once: the reader checks a request
/// by them and the OpenAPI document describes them from them. Values are read through <see cref="QueryReader"/> so that
/// repeated or malformed ones are reported, not guessed.
/// </summary>
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

    public static readonly QueryParameter WithIpsParameter = new("with_ips", QueryKind.Boolean,
        "Include each connection's authorized IPs (authorized_ips).") { Default = false };

    public static readonly QueryParameter WithAuthParameter = new("with_auth", QueryKind.Boolean,
        "Include each connection's credentials (credentials; passwords are never returned).") { Default = false };

    public static readonly QueryParameter WithFqdnsParameter = new("with_fqdns", QueryKind.Boolean,
        "Include each connection's FQDNs (fqdns).") { Default = false };

    public static readonly QueryParameter ModeParameter = new("mode", QueryKind.Enum,
        "typeahead: each item carries only id and connection_name.") { Values = V1Values.Modes };

    public static readonly QueryParameter OrderByParameter = new("order_by", QueryKind.Enum,
        "created_at (newest first), connection_name (A-Z), auth_type (credential, then IP, then none), active (active first).")
    { Values = V1Values.OrderBy, Default = "created_at" };

    public static readonly QueryParameter SortDirectionParameter = new("sort_direction", QueryKind.Enum,
        "reverse inverts order_by.") { Values = V1Values.SortDirections };

    public static readonly QueryParameter NameParameter = new("filter_connection_name", QueryKind.String,
        "Connections whose name contains this text, case-insensitively.") { MinLength = MinFilterLength };

    public static readonly QueryParameter IpAddressParameter = new("filter_ip_address", QueryKind.String,
        "Connections with an authorized IP equal to this address.") { MinLength = 1 };

    public static readonly QueryParameter UserNameParameter = new("filter_auth_user_name", QueryKind.String,
        "Connections with a credential whose user name contains this text, case-insensitively.") { MinLength = MinFilterLength };

    public static readonly QueryParameter PageParameter = new("page", QueryKind.Integer, "The page to return, from 1.")
    { Minimum = 1, Default = 1 };

    public static readonly QueryParameter PerPageParameter = new("per_page", QueryKind.Integer, "Connections per page.")
    { Minimum = 1, Maximum = MaxPerPage, Default = DefaultPerPage };

    public static IReadOnlyList<QueryParameter> Parameters { get; } =
    [
        WithIpsParameter, WithAuthParameter, WithFqdnsParameter, ModeParameter, OrderByParameter, SortDirectionParameter,
        NameParameter, IpAddressParameter, UserNameParameter, PageParameter, PerPageParameter,
    ];

    public static (ConnectionListOptions Options, IReadOnlyList<FieldError> Errors) Read(IQueryCollection query)
    {
        var reader = new QueryReader(query, name => "/" + name);
        var options = new ConnectionListOptions(
            WithIps: reader.Boolean(WithIpsParameter),
            WithAuth: reader.Boolean(WithAuthParameter),
            WithFqdns: reader.Boolean(WithFqdnsParameter),
            Typeahead: reader.OneOf(ModeParameter) is not null,
            OrderBy: reader.OneOf(OrderByParameter)!,
            Reverse: reader.OneOf(SortDirectionParameter) is not null,
            NameContains: reader.Contains(NameParameter)?.ToLowerInvariant(),
            IpAddress: NonBlank(reader, IpAddressParameter.Name),
            UserNameContains: reader.Contains(UserNameParameter)?.ToLowerInvariant(),
            Page: reader.Integer(PageParameter),
            PerPage: reader.Integer(PerPageParameter));
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
