using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;

namespace TelnyxMock.Common.Validation;

/// <summary>
/// Endpoint metadata: the handler checks rules on the merged result (the request applied to the defaults or to the
/// stored resource). For such an endpoint the validation filter does not answer the per-field failures itself; it
/// hands them to the handler (<see cref="JsonBody{T}.FieldFailures"/>), which reports them together with the merged
/// rules' failures, so every failure of a request is reported at once.
/// </summary>
public sealed class ChecksMergedResultMetadata
{
    public static readonly ChecksMergedResultMetadata Instance = new();
}

public static class MergedRulesExtensions
{
    public static RouteHandlerBuilder ChecksMergedResult(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(ChecksMergedResultMetadata.Instance);

    /// <summary>
    /// The per-field failures of the body and the merged rules' failures, together. A merged failure on a field that
    /// already failed its own rule is left out: the field's own message says more.
    /// </summary>
    public static List<FieldError> AllFailures<T>(this JsonBody<T> body, IReadOnlyList<FieldError> merged)
        where T : class
    {
        var failed = body.FieldFailures.Select(e => e.Pointer).ToHashSet(StringComparer.Ordinal);
        return [.. body.FieldFailures, .. merged.Where(e => !failed.Contains(e.Pointer))];
    }
}
