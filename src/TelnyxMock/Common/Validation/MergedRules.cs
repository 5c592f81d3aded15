
namespace TelnyxMock.Common.Validation;

/// <summary>
/// Endpoint metadata: the handler checks rules on the merged result (the request applied to the defaults or to the
/// stored resource). For such an endpoint the validation filter does not answer the per-field failures itself; it
/// hands them to the handler (<see cref="Resources.ResourceBody.FieldFailures"/>), which reports them together with the
/// merged rules' failures (<see cref="Resources.ResourceBody.AllFailures"/>), so every failure of a request is reported at once.
/// </summary>
public sealed class ChecksMergedResultMetadata
{
    public static readonly ChecksMergedResultMetadata Instance = new();
}

public static class MergedRulesExtensions
{
    public static RouteHandlerBuilder ChecksMergedResult(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(ChecksMergedResultMetadata.Instance);
}
