using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;

using TelnyxMock.Common;

namespace TelnyxMock.Resources;

/// <summary>
/// The body of a create (POST) or update of a resource, read as JSON: a body that is not JSON, too large or of the
/// wrong content type is kept as a <see cref="Problem"/>, which <see cref="ValidationFilter"/> answers in the surface's
/// envelope; anything else is handed to the <see cref="ResourceWriter"/>, which binds and checks it with the definition
/// its endpoint names and reports every failure at once.
/// </summary>
public sealed class ResourceBody : IRequestBody
{
    private ResourceBody(JsonObject? json, bool strict, IResult? problem)
    {
        this.json = json;
        Strict = strict;
        Problem = problem;
    }

    private readonly JsonObject? json;

    /// <summary>The body's JSON object; only valid after the validation filter let the request through.</summary>
    public JsonObject Json => json ?? throw new InvalidOperationException("The body was not read.");

    /// <summary>Unknown fields are errors (the Strict setting) rather than ignored.</summary>
    public bool Strict { get; }

    /// <summary>The response for a body that could not be read at all.</summary>
    public IResult? Problem { get; }

    public static async ValueTask<ResourceBody?> BindAsync(HttpContext context, ParameterInfo parameter)
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
            if (node is JsonObject body)
            {
                Materialize(body);
                return new ResourceBody(body, settings.Strict, null);
            }
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return Failed(errors.Malformed("The request body is not valid JSON."));
        }

        return Failed(errors.Malformed("The request body must be a JSON object."));
    }

    /// <summary>Reads every nested object once, so a duplicate key (which the node API reports only then) fails here, as malformed JSON.</summary>
    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (_, value) in json)
                {
                    Materialize(value);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Materialize(item);
                }

                break;
        }
    }

    private static ResourceBody Failed(IResult problem) => new(null, false, problem);

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("text/json", StringComparison.OrdinalIgnoreCase);
    }
}
