using TelnyxMock.Common;
using TelnyxMock.Common.Errors;

namespace TelnyxMock.V2;

/// <summary>
/// The list parameters once read and checked. <see cref="Parameters"/> declares them once: the reader checks a request
/// by them and the OpenAPI document describes them from them. Values are read through <see cref="QueryReader"/> so that
/// repeated or malformed ones are reported, not guessed.
/// </summary>
public sealed record V2ConnectionListOptions(
    string? NameContains,
    string? Fqdn,
    long? OutboundVoiceProfileId,
    long? LegacyOutboundVoiceProfileId,
    string Sort,
    int PageNumber,
    int PageSize)
{
    public const int MinFilterLength = 3;

    public static readonly QueryParameter NameContainsParameter = new("filter[connection_name][contains]", QueryKind.String,
        "Connections whose name contains this text, case-insensitively.") { MinLength = MinFilterLength };

    public static readonly QueryParameter FqdnParameter = new("filter[fqdn]", QueryKind.String,
        "Connections with an FQDN (/v2/fqdns) of exactly this name, case-sensitive; only FQDN connections have FQDNs.");

    public static readonly QueryParameter ProfileParameter = new("filter[outbound_voice_profile_id]", QueryKind.String,
        "Connections whose outbound.outbound_voice_profile_id is this positive 64-bit integer.");

    public static readonly QueryParameter LegacyProfileParameter = new("filter[outbound.outbound_voice_profile_id]", QueryKind.String,
        "The older spelling of filter[outbound_voice_profile_id]; both may be given and must both match.");

    public static readonly QueryParameter SortParameter = new("sort", QueryKind.Enum,
        "The order: created_at, connection_name or active, ascending, or descending with a leading '-'. Without it, newest first.")
    { Values = V2Values.Sorts, Default = "-created_at" };

    public static readonly QueryParameter PageNumberParameter = V2ListParameters.PageNumber;

    public static readonly QueryParameter PageSizeParameter = V2ListParameters.PageSize with { Description = "Connections per page." };

    public static IReadOnlyList<QueryParameter> Parameters { get; } =
        [NameContainsParameter, FqdnParameter, ProfileParameter, LegacyProfileParameter, PageNumberParameter, PageSizeParameter, SortParameter];

    public static (V2ConnectionListOptions Options, IReadOnlyList<FieldError> Errors) Read(IQueryCollection query)
    {
        var reader = new QueryReader(query, ToPointer);
        var options = new V2ConnectionListOptions(
            NameContains: reader.Contains(NameContainsParameter)?.ToLowerInvariant(),
            Fqdn: reader.String(FqdnParameter),
            OutboundVoiceProfileId: V2ListParameters.Id(reader, ProfileParameter),
            LegacyOutboundVoiceProfileId: V2ListParameters.Id(reader, LegacyProfileParameter),
            Sort: reader.OneOf(SortParameter)!,
            PageNumber: reader.Integer(PageNumberParameter),
            PageSize: reader.Integer(PageSizeParameter));
        return (options, reader.Errors);
    }

    /// <summary>A typed connection list: these filters, sorts and pages over <typeparamref name="TRow"/>.</summary>
    public static V2List<TRow> For<TRow>()
        where TRow : V2ConnectionRow => new(Parameters, Reader<TRow>);

    private static (V2ListQuery<TRow>? Query, IReadOnlyList<FieldError> Errors) Reader<TRow>(IQueryCollection query, Data.MockDbContext db, DateTime now)
        where TRow : V2ConnectionRow
    {
        var (options, errors) = Read(query);
        return (new V2ListQuery<TRow>(q => q.Filter(options, db), q => q.Sort(options.Sort), options.PageNumber, options.PageSize,
            options with { Sort = string.Empty, PageNumber = 0, PageSize = 0 }), errors);
    }

    /// <summary><c>page[size]</c> → <c>/page/size</c>, <c>filter[connection_name][contains]</c> → <c>/filter/connection_name/contains</c>.</summary>
    public static string ToPointer(string name) => V2ListParameters.ToPointer(name);
}
