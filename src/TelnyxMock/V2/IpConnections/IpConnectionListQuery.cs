using Microsoft.AspNetCore.Mvc;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// The query parameters of "List Ip connections". Declared for the OpenAPI document; values are read
/// through <see cref="QueryReader"/> so that repeated or malformed ones are reported, not guessed
/// (typed as strings so the framework does not answer a non-number with its own 400). A class with
/// settable properties rather than a positional record: the request delegate generator binds those.
/// </summary>
public sealed class IpConnectionListQuery
{
    [FromQuery(Name = "filter[connection_name][contains]")]
    public string? FilterConnectionNameContains { get; init; }

    [FromQuery(Name = "filter[fqdn]")]
    public string? FilterFqdn { get; init; }

    [FromQuery(Name = "filter[outbound_voice_profile_id]")]
    public string? FilterOutboundVoiceProfileId { get; init; }

    [FromQuery(Name = "filter[outbound.outbound_voice_profile_id]")]
    public string? FilterOutboundOutboundVoiceProfileId { get; init; }

    [FromQuery(Name = "page[number]")]
    public string? PageNumber { get; init; }

    [FromQuery(Name = "page[size]")]
    public string? PageSize { get; init; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }
}

/// <summary>The list parameters once read and checked.</summary>
public sealed record IpConnectionListOptions(
    string? NameContains,
    string? Fqdn,
    long? OutboundVoiceProfileId,
    long? LegacyOutboundVoiceProfileId,
    string Sort,
    int PageNumber,
    int PageSize)
{
    public const int DefaultPageSize = 250;
    public const int MinFilterLength = 3;

    public static (IpConnectionListOptions Options, IReadOnlyList<FieldError> Errors) Read(IQueryCollection query)
    {
        var reader = new QueryReader(query, ToPointer);
        var options = new IpConnectionListOptions(
            NameContains: reader.Contains("filter[connection_name][contains]", MinFilterLength)?.Trim().ToLowerInvariant(),
            Fqdn: reader.String("filter[fqdn]"),
            OutboundVoiceProfileId: ProfileId(reader, "filter[outbound_voice_profile_id]"),
            LegacyOutboundVoiceProfileId: ProfileId(reader, "filter[outbound.outbound_voice_profile_id]"),
            Sort: reader.OneOf("sort", V2Values.Sorts) ?? "-created_at",
            PageNumber: reader.Integer("page[number]", 1, 1, int.MaxValue),
            PageSize: reader.Integer("page[size]", DefaultPageSize, 1, DefaultPageSize));
        return (options, reader.Errors);
    }

    /// <summary><c>page[size]</c> → <c>/page/size</c>, <c>filter[connection_name][contains]</c> → <c>/filter/connection_name/contains</c>.</summary>
    public static string ToPointer(string name) => "/" + name.Replace("][", "/").Replace('[', '/').TrimEnd(']');

    private static long? ProfileId(QueryReader reader, string name)
    {
        var text = reader.String(name);
        if (text is null)
        {
            return null;
        }

        var id = IpConnectionRules.ParseProfileId(text.Trim());
        if (id is null)
        {
            reader.Fail(name, $"{name} must be a positive 64-bit integer, got '{Common.Validation.RuleExtensions.Clip(text)}'.");
        }

        return id;
    }
}
