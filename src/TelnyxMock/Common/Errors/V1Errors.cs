using System.Text.Json.Serialization;

namespace TelnyxMock.Common.Errors;

/// <summary>The V1 family's error body: <c>{"success": false, "message": …, "reasons": {field: [sentences]}}</c>.</summary>
public sealed record V1ErrorResponse(
    bool Success,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string[]>? Reasons = null);

public sealed class V1Errors : ISurfaceErrors
{
    public static readonly V1Errors Instance = new();

    public static NotFound<V1ErrorResponse> NotFoundResult() =>
        TypedResults.NotFound(new V1ErrorResponse(false, "Connection not found"));

    public static BadRequest<V1ErrorResponse> ValidationResult(IReadOnlyList<FieldError> errors) =>
        TypedResults.BadRequest(WithReasons("The connection is invalid", errors));

    public static UnprocessableEntity<V1ErrorResponse> InvalidQueryResult(IReadOnlyList<FieldError> errors) =>
        TypedResults.UnprocessableEntity(WithReasons("Invalid filters or modes", errors));

    public IResult Malformed(string detail) =>
        TypedResults.BadRequest(new V1ErrorResponse(false, detail));

    public IResult Validation(IReadOnlyList<FieldError> errors) => ValidationResult(errors);

    public IResult InvalidQuery(IReadOnlyList<FieldError> errors) => InvalidQueryResult(errors);

    public IResult Unauthorized() =>
        TypedResults.Json(new V1ErrorResponse(false, "Unauthorized"), statusCode: StatusCodes.Status401Unauthorized);

    public IResult NotFound() => NotFoundResult();

    public IResult NoRoute(string method, string path) =>
        TypedResults.NotFound(new V1ErrorResponse(false, V2Errors.NoRouteDetail(method, path)));

    public IResult PayloadTooLarge(long limitBytes) =>
        TypedResults.Json(new V1ErrorResponse(false, $"The request body exceeds the limit of {limitBytes} bytes."),
            statusCode: StatusCodes.Status413PayloadTooLarge);

    public IResult UnsupportedMediaType(string? contentType) =>
        TypedResults.Json(new V1ErrorResponse(false, $"The request body must be sent as application/json, got '{contentType}'."),
            statusCode: StatusCodes.Status415UnsupportedMediaType);

    public IResult Status(int statusCode, string detail) =>
        TypedResults.Json(new V1ErrorResponse(false, detail), statusCode: statusCode);

    private static V1ErrorResponse WithReasons(string summary, IReadOnlyList<FieldError> errors)
    {
        var reasons = errors
            .GroupBy(e => e.FieldName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Detail).ToArray());
        var first = errors.Count > 0 ? $": {errors[0].Detail}" : string.Empty;
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more)" : string.Empty;
        return new V1ErrorResponse(false, summary + first + more, reasons);
    }
}
