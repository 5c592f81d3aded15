using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TelnyxMock.Resources;

/// <summary>
/// A request body example for an endpoint, shown by Swagger UI's "Try it out" and sent as it is by "Execute": it must
/// succeed unchanged on a fresh mock (a test sends every one).
/// </summary>
public sealed class RequestExampleMetadata(string json)
{
    public JsonNode Example { get; } = JsonNode.Parse(json) ?? throw new ArgumentException("An example must be JSON.", nameof(json));
}

public static class RequestExampleExtensions
{
    /// <summary>Documents <paramref name="json"/> as the endpoint's request body example.</summary>
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, string json) =>
        builder.WithMetadata(new RequestExampleMetadata(json));
}

/// <summary>Writes <see cref="RequestExampleMetadata"/> into the operation's JSON request body.</summary>
public sealed class RequestExampleOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var example = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<RequestExampleMetadata>().LastOrDefault();
        if (example is null || operation.RequestBody?.Content is not { } content)
        {
            return;
        }

        foreach (var (mediaType, body) in content)
        {
            if (mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) && body is OpenApiMediaType concrete)
            {
                concrete.Example = example.Example.DeepClone();
            }
        }
    }
}
