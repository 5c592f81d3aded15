using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;

namespace TelnyxMock.Control;

/// <summary>
/// A control request body. Unlike <see cref="Resources.ResourceBody"/> it may be left out (a bare
/// <c>curl -X POST /_mock/reset</c> means "the defaults"), and unknown fields are always errors:
/// a misspelt <c>"acount"</c> must not silently widen a reset to every account.
/// </summary>
public sealed class ControlBody<T> : IEndpointParameterMetadataProvider, IValidatableBody
    where T : class, new()
{
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

    async ValueTask<List<FieldError>> IValidatableBody.FailuresAsync(Common.Validation.RequestValidation validation, CancellationToken cancellationToken) =>
        await validation.FailuresAsync(typeof(T), Value, Errors, cancellationToken);

    public static async ValueTask<ControlBody<T>?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var errors = context.GetSurface().Errors();
        var request = context.Request;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false || request.ContentLength == 0)
        {
            return new ControlBody<T>(new T(), [], null);
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

        var result = context.RequestServices.GetRequiredService<BodyBinder>().Bind<T>(body, strict: true);
        return new ControlBody<T>(result.Value, result.Errors, null);
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) =>
        builder.Metadata.Add(new AcceptsMetadata(["application/json"], typeof(T), isOptional: true));
}
