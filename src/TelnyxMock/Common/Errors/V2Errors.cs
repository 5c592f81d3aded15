using System.Text.Json.Serialization;

namespace TelnyxMock.Common.Errors;

/// <summary>Telnyx's V2 error envelope: <c>{"errors":[{code,title,detail,source,meta}]}</c>.</summary>
public sealed record ErrorResponse(IReadOnlyList<ErrorObject> Errors);

public sealed record ErrorObject(
    string Code,
    string Title,
    string Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ErrorSource? Source,
    ErrorMeta Meta);

public sealed record ErrorSource(string Pointer);

public sealed record ErrorMeta(string Url);

public sealed class V2Errors : ISurfaceErrors
{
    public static readonly V2Errors Instance = new();

    public const string BadRequestCode = "10015";
    public const string NotFoundCode = "10005";
    public const string AuthCode = "10009";

    public static ErrorObject Error(string code, string title, string detail, string? pointer) =>
        new(code, title, detail, pointer is null ? null : new ErrorSource(pointer),
            new ErrorMeta($"https://developers.telnyx.com/docs/overview/errors/{code}"));

    public static ErrorResponse Body(params ErrorObject[] errors) => new(errors);

    public static NotFound<ErrorResponse> NotFoundResult() =>
        TypedResults.NotFound(Body(Error(NotFoundCode, "Resource not found",
            "The requested resource or URL could not be found.", "/")));

    public static UnprocessableEntity<ErrorResponse> ValidationResult(IReadOnlyList<FieldError> errors) =>
        TypedResults.UnprocessableEntity(new ErrorResponse(
            errors.Select(e => Error(BadRequestCode, "Bad Request", e.Detail, e.Pointer)).ToList()));

    public IResult Malformed(string detail) =>
        TypedResults.BadRequest(Body(Error(BadRequestCode, "Bad Request", detail, "/")));

    public IResult Validation(IReadOnlyList<FieldError> errors) => ValidationResult(errors);

    public IResult InvalidQuery(IReadOnlyList<FieldError> errors) =>
        TypedResults.BadRequest(new ErrorResponse(
            errors.Select(e => Error(BadRequestCode, "Invalid parameter", e.Detail, e.Pointer)).ToList()));

    public IResult Unauthorized() =>
        TypedResults.Json(Body(Error(AuthCode, "Authentication failed",
            "Could not understand the provided credentials.", null)), statusCode: StatusCodes.Status401Unauthorized);

    public IResult NotFound() => NotFoundResult();

    public IResult NoRoute(string method, string path) =>
        TypedResults.NotFound(Body(Error(NotFoundCode, "Resource not found", NoRouteDetail(method, path), "/")));

    /// <summary>What an unknown route answers, on every surface.</summary>
    public static string NoRouteDetail(string method, string path) =>
        $"There is no route {method} {path}: the mock's routes are listed at /swagger.";

    public IResult PayloadTooLarge(long limitBytes) =>
        TypedResults.Json(Body(Error("10015", "Payload Too Large",
            $"The request body exceeds the limit of {limitBytes} bytes.", "/")), statusCode: StatusCodes.Status413PayloadTooLarge);

    public IResult UnsupportedMediaType(string? contentType) =>
        TypedResults.Json(Body(Error("10015", "Unsupported Media Type",
            $"The request body must be sent as application/json, got '{contentType}'.", "/")),
            statusCode: StatusCodes.Status415UnsupportedMediaType);

    public IResult Status(int statusCode, string detail) =>
        TypedResults.Json(Body(Error(CodeFor(statusCode), TitleFor(statusCode), detail, null)), statusCode: statusCode);

    private static string CodeFor(int status) => status switch
    {
        404 => NotFoundCode,
        401 => AuthCode,
        429 => "10011",
        >= 500 => "10007",
        _ => BadRequestCode,
    };

    private static string TitleFor(int status) => status switch
    {
        404 => "Resource not found",
        405 => "Method not allowed",
        429 => "Too many requests",
        503 => "Service unavailable",
        >= 500 => "Unexpected error",
        _ => "Bad Request",
    };
}
