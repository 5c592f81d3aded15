namespace TelnyxMock.Common.Errors;

/// <summary>
/// The error bodies of one surface. Every error the mock answers goes through one of these,
/// so a surface never mixes envelopes (as Azurite's StorageErrorFactory does for Azure Storage).
/// </summary>
public interface ISurfaceErrors
{
    /// <summary>The body is not JSON, or not a JSON object.</summary>
    IResult Malformed(string detail);

    /// <summary>Fields of a body break their rules (V2: 422, V1: 400).</summary>
    IResult Validation(IReadOnlyList<FieldError> errors);

    /// <summary>Query parameters break their rules (V2: 400, V1: 422).</summary>
    IResult InvalidQuery(IReadOnlyList<FieldError> errors);

    IResult Unauthorized();

    IResult NotFound();

    /// <summary>No route has this path (a typo), as opposed to a route that exists and an id that names nothing.</summary>
    IResult NoRoute(string method, string path);

    IResult PayloadTooLarge(long limitBytes);

    IResult UnsupportedMediaType(string? contentType);

    /// <summary>Any other status (405, 429, 5xx …), with a sentence saying why.</summary>
    IResult Status(int statusCode, string detail);
}
