using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TelnyxMock.Resources;

/// <summary>
/// Endpoint metadata: the operation takes a body of this definition (create on POST, update otherwise), documented
/// under <paramref name="SchemaName"/> when given; an <paramref name="Optional"/> body may be left out.
/// </summary>
public sealed record ResourceRequestMetadata(ResourceDefinition Definition, string? SchemaName = null, bool Optional = false);

/// <summary>How a response carries the resource: V2's <c>{"data": …}</c>, a V2 page, or the bare object (V1).</summary>
public enum ResourceWrapping
{
    Data,
    Page,
    Bare,
    BareArray,
}

/// <summary>Endpoint metadata: a response of <paramref name="Status"/> carries the resource, wrapped as <paramref name="Wrapping"/> says.</summary>
public sealed record ResourceResponseMetadata(ResourceDefinition Definition, int Status, ResourceWrapping Wrapping)
    : Microsoft.AspNetCore.Http.Metadata.IProducesResponseTypeMetadata
{
    Type? Microsoft.AspNetCore.Http.Metadata.IProducesResponseTypeMetadata.Type => null;

    int Microsoft.AspNetCore.Http.Metadata.IProducesResponseTypeMetadata.StatusCode => Status;

    IEnumerable<string> Microsoft.AspNetCore.Http.Metadata.IProducesResponseTypeMetadata.ContentTypes => ["application/json"];
}

public static class ResourceSchemaExtensions
{
    /// <summary>The endpoint takes a <see cref="ResourceBody"/> of <paramref name="definition"/> (documented as its request schema).</summary>
    public static RouteHandlerBuilder AcceptsResource(this RouteHandlerBuilder builder, ResourceDefinition definition) =>
        builder.WithMetadata(new ResourceRequestMetadata(definition));

    public static RouteHandlerBuilder ProducesResource(this RouteHandlerBuilder builder, ResourceDefinition definition, int status, ResourceWrapping wrapping) =>
        builder.WithMetadata(new ResourceResponseMetadata(definition, status, wrapping));
}

/// <summary>
/// The OpenAPI schemas of a resource, written from its definition: <c>Create{Name}Request</c> and <c>Update{Name}Request</c>
/// (writable fields, with type, nullability, default, values, range, length, format; fields required on create), the
/// response schema <c>{Name}</c> (every field, read-only ones included, all always present) and one schema per nested shape
/// for each side. Operations get their request body and resource responses from <see cref="ResourceRequestMetadata"/> and
/// <see cref="ResourceResponseMetadata"/>, so what Swagger shows is what the engine binds, checks, applies and answers.
/// </summary>
public sealed class ResourceSchemas : IOperationFilter
{
    /// <summary>The id and time the documented examples show.</summary>
    private const long ExampleId = 1293384261075731499;

    private static readonly DateTime ExampleTime = new(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<ResourceRequestMetadata>().LastOrDefault() is { } request)
        {
            var creating = string.Equals(context.ApiDescription.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase);
            var name = request.SchemaName ?? (creating ? $"Create{request.Definition.Name}Request" : $"Update{request.Definition.Name}Request");
            var id = Request(request.Definition.Shape, name, creating, context.SchemaRepository);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = !request.Optional,
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(id) } },
            };
        }

        foreach (var response in metadata.OfType<ResourceResponseMetadata>())
        {
            var schema = Wrap(response, context);
            operation.Responses ??= [];
            var status = response.Status.ToString(CultureInfo.InvariantCulture);
            operation.Responses[status] = new OpenApiResponse
            {
                Description = operation.Responses.TryGetValue(status, out var known) && known.Description is { Length: > 0 } d ? d : Describe(response.Status),
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = schema, Example = Example(response) } },
            };
        }
    }

    private static IOpenApiSchema Wrap(ResourceResponseMetadata response, OperationFilterContext context)
    {
        var item = new OpenApiSchemaReference(Response(response.Definition, context.SchemaRepository));
        return response.Wrapping switch
        {
            ResourceWrapping.Bare => item,
            ResourceWrapping.BareArray => new OpenApiSchema { Type = JsonSchemaType.Array, Items = item },
            ResourceWrapping.Data => Envelope(context, $"{response.Definition.Name}Envelope", new() { ["data"] = item }),
            _ => Envelope(context, $"{response.Definition.Name}ListEnvelope", new()
            {
                ["data"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = item },
                ["meta"] = context.SchemaGenerator.GenerateSchema(typeof(Common.PaginationMeta), context.SchemaRepository),
            }),
        };
    }

    private static OpenApiSchemaReference Envelope(OperationFilterContext context, string id, Dictionary<string, IOpenApiSchema> properties)
    {
        if (!context.SchemaRepository.Schemas.ContainsKey(id))
        {
            context.SchemaRepository.AddDefinition(id, new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = properties,
                Required = new HashSet<string>(properties.Keys),
            });
        }

        return new OpenApiSchemaReference(id);
    }

    private static string Request(ShapeSpec shape, string id, bool creating, SchemaRepository repository)
    {
        if (repository.Schemas.ContainsKey(id))
        {
            return id;
        }

        var schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = new Dictionary<string, IOpenApiSchema>() };
        repository.AddDefinition(id, schema);
        foreach (var field in shape.Fields.Where(f => !f.ReadOnly))
        {
            schema.Properties[field.Name] = field.Type switch
            {
                FieldType.Object => new OpenApiSchemaReference(Request(field.Shape!, field.Shape!.Name + "Request", creating: false, repository)) { Description = field.Description },
                // Each item is a new object: its required fields are required.
                FieldType.ObjectArray => Items(field, Request(field.Shape!, field.Shape!.Name + "Request", creating: true, repository)),
                _ => Field(field, response: false),
            };
        }

        var required = shape.Fields.Where(f => creating && f.Required).Select(f => f.Name).ToHashSet();
        schema.Required = required.Count > 0 ? required : null;
        return id;
    }

    private static string Response(ResourceDefinition definition, SchemaRepository repository) =>
        Response(definition.Shape, definition.Name, repository);

    /// <summary>A new resource with every default, as the response carries it.</summary>
    private static JsonNode Example(ResourceResponseMetadata response)
    {
        var resource = response.Definition.Answered(response.Definition.New(ExampleId, ExampleTime));
        return response.Wrapping switch
        {
            ResourceWrapping.Bare => resource,
            ResourceWrapping.BareArray => new JsonArray(resource),
            ResourceWrapping.Data => new JsonObject { ["data"] = resource },
            _ => new JsonObject
            {
                ["data"] = new JsonArray(resource),
                ["meta"] = new JsonObject { ["page_number"] = 1, ["page_size"] = 250, ["total_pages"] = 1, ["total_results"] = 1 },
            },
        };
    }

    private static string Response(ShapeSpec shape, string id, SchemaRepository repository)
    {
        if (repository.Schemas.ContainsKey(id))
        {
            return id;
        }

        var schema = new OpenApiSchema { Type = JsonSchemaType.Object, Properties = new Dictionary<string, IOpenApiSchema>() };
        repository.AddDefinition(id, schema);
        foreach (var field in shape.Fields.Where(f => !f.WriteOnly))
        {
            schema.Properties[field.Name] = field.Type switch
            {
                FieldType.Object => new OpenApiSchemaReference(Response(field.Shape!, field.Shape!.Name, repository)) { Description = field.Description },
                FieldType.ObjectArray => Items(field, Response(field.Shape!, field.Shape!.Name, repository)),
                _ => Field(field, response: true),
            };
        }

        schema.Required = shape.Fields.Where(f => !f.OmittedWhenNull && !f.WriteOnly).Select(f => f.Name).ToHashSet();
        return id;
    }

    private static OpenApiSchema Items(FieldSpec spec, string itemSchema) => new()
    {
        Type = JsonSchemaType.Array,
        Description = spec.Description,
        MinItems = spec.MinItems,
        MaxItems = spec.MaxItems,
        Items = new OpenApiSchemaReference(itemSchema),
    };

    /// <summary>
    /// A field's schema. A request shows what may be sent (null where null is accepted, the default applied when left out,
    /// "" where blank is accepted); a response what is answered (never null for a field whose null means its default).
    /// </summary>
    public static OpenApiSchema Field(FieldSpec spec, bool response)
    {
        var target = new OpenApiSchema { Description = spec.Description };
        var type = spec.Type switch
        {
            FieldType.Integer => JsonSchemaType.Integer,
            FieldType.Boolean => JsonSchemaType.Boolean,
            FieldType.Number => JsonSchemaType.Number,
            FieldType.StringArray => JsonSchemaType.Array,
            _ => JsonSchemaType.String,
        };
        var nullable = response ? spec.Nullable && !spec.NullMeansDefault : spec.Nullable || spec.NullMeansDefault;
        target.Type = nullable ? type | JsonSchemaType.Null : type;
        if (spec.Type == FieldType.Integer)
        {
            target.Format = "int32";
        }

        if (!response)
        {
            // A nullable field without another default is null until set: shown as "default": null, as the reference does.
            target.Default = spec.Default?.DeepClone() ?? (nullable ? JsonNullSentinel.JsonNull : null);
        }

        if (spec.IntegerString)
        {
            // JSON Schema ranges apply to numbers only: the range of a string holding a number is said in words.
            target.Description = $"A whole number from {spec.Minimum} to {spec.Maximum}, as a string (an integer is accepted). {spec.Description}".TrimEnd();
        }
        else
        {
            target.Minimum = spec.Minimum?.ToString(CultureInfo.InvariantCulture);
            target.Maximum = spec.Maximum?.ToString(CultureInfo.InvariantCulture);
        }

        if (spec.IntegerValues is { } numbers)
        {
            target.Enum = numbers.Select(n => (JsonNode)JsonValue.Create(n)).ToList();
        }

        target.MultipleOf = spec.MultipleOf;
        if (spec.Type == FieldType.StringArray)
        {
            target.MinItems = spec.MinItems;
            target.MaxItems = spec.MaxItems;
            target.UniqueItems = spec.UniqueItems ? true : null;
            target.Items = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                MaxLength = spec.MaxLength,
                MinLength = 1,
                Enum = spec.Values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
            };
            return target;
        }

        // Formats OpenAPI names are shown as such; the others (country-code, dns-label, tech-prefix) by their pattern.
        target.Format = spec.Format?.OpenApiFormat ?? target.Format;
        target.MaxLength = spec.MaxLength;
        target.MinLength = spec.MinLength;
        target.Pattern = spec.IntegerString ? "^[0-9]+$" : spec.Format?.Pattern;
        if (spec.Values is { } values)
        {
            var allowed = values.Select(v => (JsonNode?)JsonValue.Create(v));
            if (spec.BlankAllowed && !(response && spec.BlankMeansNull))
            {
                allowed = allowed.Append(JsonValue.Create(string.Empty));
            }

            if (nullable)
            {
                allowed = allowed.Append(null);
            }

            target.Enum = allowed.ToList()!;
        }

        return target;
    }

    private static string Describe(int status) => status switch
    {
        200 => "OK",
        201 => "Created",
        _ => "Success",
    };
}
