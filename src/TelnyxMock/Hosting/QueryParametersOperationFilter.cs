using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using TelnyxMock.Common;

namespace TelnyxMock.Hosting;

/// <summary>Describes an operation's query parameters from their <see cref="QueryParameter"/> declarations.</summary>
public sealed class QueryParametersOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var declared = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<QueryParametersMetadata>().LastOrDefault();
        if (declared is null)
        {
            return;
        }

        operation.Parameters ??= [];
        foreach (var parameter in declared.Parameters)
        {
            var schema = new OpenApiSchema
            {
                Type = parameter.Kind switch
                {
                    QueryKind.Integer => JsonSchemaType.Integer,
                    QueryKind.Boolean => JsonSchemaType.Boolean,
                    _ => JsonSchemaType.String,
                },
                Minimum = parameter.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Maximum = parameter.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                MinLength = parameter.MinLength,
                Default = parameter.Default switch
                {
                    null => null,
                    int number => JsonValue.Create(number),
                    bool flag => JsonValue.Create(flag),
                    var other => JsonValue.Create(other.ToString()),
                },
            };
            if (parameter.Kind == QueryKind.Integer)
            {
                schema.Format = "int32";
            }

            if (parameter.Values is { } values)
            {
                schema.Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
            }

            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Query,
                Required = false,
                Description = parameter.Description,
                Schema = schema,
            });
        }
    }
}
