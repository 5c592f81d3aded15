using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;
using TelnyxMock.Hosting;

namespace TelnyxMock.Resources;

/// <summary>
/// The body of a create (POST) or update of a resource, bound leniently to the definition its endpoint names
/// (<see cref="ResourceSchemaExtensions.AcceptsResource"/>): a body that
/// is not JSON, too large or of the wrong content type is kept as a <see cref="Problem"/>, fields of the wrong type as
/// <see cref="Errors"/>, so that <see cref="ValidationFilter"/> can answer all of them at once in the surface's envelope
/// instead of the framework's first-error 400.
/// </summary>
public sealed class ResourceBody : IValidatableBody
{
    private ResourceBody(ResourceDefinition? definition, BoundShape? bound, bool creating, IResult? problem)
    {
        Definition = definition;
        Bound = bound;
        Creating = creating;
        Problem = problem;
    }

    private ResourceDefinition? Definition { get; }

    private BoundShape? Bound { get; }

    /// <summary>A create (POST): required fields are checked and the values apply to a new resource's defaults.</summary>
    public bool Creating { get; }

    /// <summary>The fields the body carries, of the right type; only valid after the validation filter let the request through.</summary>
    public JsonObject Values => Bound?.Values ?? throw new InvalidOperationException("The body was not bound.");

    /// <summary>Type errors found while binding.</summary>
    public IReadOnlyList<FieldError> Errors => Bound?.Errors ?? [];

    /// <summary>
    /// Per-field failures (type errors and validator failures) that the validation filter handed on, for an endpoint that
    /// reports them with its merged-result rules (<see cref="ChecksMergedResultMetadata"/>); empty otherwise.
    /// </summary>
    public IReadOnlyList<FieldError> FieldFailures { get; private set; } = [];

    /// <summary>The response for a body that could not be read at all.</summary>
    public IResult? Problem { get; }

    /// <summary>
    /// The per-field failures together with <paramref name="merged"/>, the failures of the rules on the merged result. A
    /// merged failure on a field that already failed its own rule is left out: the field's own message says more.
    /// </summary>
    public List<FieldError> AllFailures(IReadOnlyList<FieldError> merged)
    {
        var failed = FieldFailures.Select(e => e.Pointer).ToHashSet(StringComparer.Ordinal);
        return [.. FieldFailures, .. merged.Where(e => !failed.Contains(e.Pointer))];
    }

    ValueTask<List<FieldError>> IValidatableBody.FailuresAsync(RequestValidation validation, CancellationToken cancellationToken) =>
        ValueTask.FromResult(validation.Failures(Definition!.Shape, Bound!, Creating));

    bool IValidatableBody.CanHandOn => true;

    void IValidatableBody.HandOn(IReadOnlyList<FieldError> failures) => FieldFailures = failures;

    public static async ValueTask<ResourceBody?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var definition = context.GetEndpoint()?.Metadata.GetMetadata<ResourceRequestMetadata>()?.Definition
            ?? throw new InvalidOperationException("A ResourceBody parameter needs its endpoint to name a resource (AcceptsResource).");
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

        var creating = HttpMethods.IsPost(request.Method);
        try
        {
            return new ResourceBody(definition, ShapeBinder.Bind(definition.Shape, body, settings.Strict), creating, null);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            // A duplicate key or another shape the node API refuses late: still the client's fault.
            return Failed(errors.Malformed("The request body is not valid JSON."));
        }
    }

    private static ResourceBody Failed(IResult problem) => new(null, null, false, problem);

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase);
    }
}
