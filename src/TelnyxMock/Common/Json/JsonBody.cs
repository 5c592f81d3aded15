using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using TelnyxMock.Common.Errors;
using TelnyxMock.Hosting;

namespace TelnyxMock.Common.Json;

/// <summary>
/// A request body of type <typeparamref name="T"/>, bound leniently: a body that is not JSON,
/// too large or of the wrong content type is kept as a <see cref="Problem"/>, fields of the wrong
/// type as <see cref="Errors"/>, so that <see cref="Validation.ValidationFilter"/> can answer all of
/// them at once in the surface's envelope instead of the framework's first-error 400.
/// </summary>
public sealed class JsonBody<T> : IEndpointParameterMetadataProvider, Validation.IValidatableBody
    where T : class
{
    private JsonBody(T? value, IReadOnlyList<FieldError> errors, IReadOnlySet<string> present, IResult? problem)
    {
        Value = value;
        Errors = errors;
        Present = present;
        Problem = problem;
    }

    /// <summary>The bound request, or null when <see cref="Problem"/> is set.</summary>
    public T? Value { get; }

    /// <summary>Type errors found while binding.</summary>
    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>The JSON pointers present in the body (<c>/inbound</c>, <c>/inbound/sip_region</c>).</summary>
    public IReadOnlySet<string> Present { get; }

    /// <summary>
    /// Per-field failures (type errors and validator failures) that the validation filter handed on, for an endpoint that
    /// reports them with its merged-result rules (<see cref="Validation.ChecksMergedResultMetadata"/>); empty otherwise.
    /// </summary>
    public IReadOnlyList<FieldError> FieldFailures { get; private set; } = [];

    /// <summary>The response for a body that could not be read at all.</summary>
    public IResult? Problem { get; }

    /// <summary>The bound request; only valid after the validation filter has let the request through.</summary>
    public T Request => Value ?? throw new InvalidOperationException("The body was not bound.");

    public bool Has(string pointer) => Present.Contains(pointer);

    Type Validation.IValidatableBody.RequestType => typeof(T);

    object? Validation.IValidatableBody.RequestValue => Value;

    bool Validation.IValidatableBody.CanHandOn => true;

    void Validation.IValidatableBody.HandOn(IReadOnlyList<FieldError> failures) => FieldFailures = failures;

    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var errors = context.GetSurface().Errors();
        var settings = context.RequestServices.GetRequiredService<IOptions<MockOptions>>().Value;
        var request = context.Request;

        if (request.ContentType is { Length: > 0 } contentType && !IsJson(contentType))
        {
            return Failed(errors.UnsupportedMediaType(contentType));
        }

        JsonNode? node;
        try
        {
            await using var buffer = await LimitedBody.ReadAsync(context);
            if (buffer is null)
            {
                return Failed(errors.PayloadTooLarge(settings.MaxBodyBytes));
            }

            if (buffer.Length == 0)
            {
                return Failed(errors.Malformed("The request body is empty; send a JSON object."));
            }

            node = JsonNode.Parse(buffer, documentOptions: new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return Failed(errors.Malformed("The request body is not valid JSON."));
        }

        if (node is not JsonObject body)
        {
            return Failed(errors.Malformed("The request body must be a JSON object."));
        }

        var binder = context.RequestServices.GetRequiredService<BodyBinder>();
        try
        {
            var result = binder.Bind<T>(body, settings.Strict);
            return new JsonBody<T>(result.Value, result.Errors, result.Present, null);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // A duplicate key or another shape the node API refuses late: still the client's fault.
            return Failed(errors.Malformed("The request body is not valid JSON."));
        }
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        builder.Metadata.Add(new AcceptsMetadata(["application/json"], typeof(T), isOptional: false));

    private static JsonBody<T> Failed(IResult problem) =>
        new(null, [], new HashSet<string>(), problem);

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase);
    }
}
