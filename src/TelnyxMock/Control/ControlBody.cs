using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;
using TelnyxMock.Resources;

namespace TelnyxMock.Control;

/// <summary>
/// A control request body. Unlike <see cref="Resources.ResourceBody"/> it may be left out (a bare
/// <c>curl -X POST /_mock/reset</c> means "the defaults"), and unknown fields are always errors:
/// a misspelt <c>"acount"</c> must not silently widen a reset to every account.
/// </summary>
public sealed class ControlBody<T> : IEndpointParameterMetadataProvider, IValidatableBody
    where T : class, IControlRequest
{
    private static readonly JsonSerializerOptions Options = ApiJson.CreateSerializerOptions();

    private ControlBody(T? value, IReadOnlyList<FieldError> errors, IResult? problem)
    {
        Value = value;
        Errors = errors;
        Problem = problem;
    }

    public T? Value { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public IResult? Problem { get; }

    /// <summary>The bound request; only valid after the validation filter has let the request through.</summary>
    public T Request => Value ?? throw new InvalidOperationException("The body was not bound.");

    IReadOnlyList<FieldError> IValidatableBody.Failures => Errors;

    public static async ValueTask<ControlBody<T>?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var errors = context.GetSurface().Errors();
        var request = context.Request;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false || request.ContentLength == 0)
        {
            // No body is an empty object, checked as one: what it leaves out may be required.
            return Read(new JsonObject());
        }

        await using var buffer = await LimitedBody.ReadAsync(context);
        if (buffer is null)
        {
            return new ControlBody<T>(null, [], errors.PayloadTooLarge(LimitedBody.Limit(context)));
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(buffer, documentOptions: new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException)
        {
            return new ControlBody<T>(null, [], errors.Malformed("The request body is not valid JSON."));
        }

        if (node is not JsonObject body)
        {
            return new ControlBody<T>(null, [], errors.Malformed("The request body must be a JSON object."));
        }

        return Read(body);
    }

    private static ControlBody<T> Read(JsonObject body)
    {
        var input = ResourceWriter.ReadAll(T.Definition, body);
        if (input.Failures.Count > 0)
        {
            return new ControlBody<T>(null, input.Failures, null);
        }

        // Merged into an empty document for the one spelling of each value, then read as the typed request.
        var values = new JsonObject();
        T.Definition.Apply(values, input.Values);
        return new ControlBody<T>(values.Deserialize<T>(Options), [], null);
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder)
    {
        // JSON only (another content type is a 415 before binding); the schema comes from the definition.
        builder.Metadata.Add(new AcceptsMetadata(["application/json"], type: null, isOptional: true));
        builder.Metadata.Add(new ResourceRequestMetadata(T.Definition, T.Definition.Shape.Name, Optional: true));
    }
}
