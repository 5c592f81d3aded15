using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TelnyxMock.Resources;

/// <summary>Names the <see cref="ShapeSpec"/> (a static field) that defines a request record's fields.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class DefinedByAttribute(Type holder, string fieldName) : Attribute
{
    public ShapeSpec Shape { get; } =
        holder.GetField(fieldName, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ShapeSpec
        ?? throw new InvalidOperationException($"{holder.Name}.{fieldName} is not a public static ShapeSpec.");

    /// <summary>
    /// The record is a response: its schema takes the fields' values, ranges, lengths and formats, but keeps its own
    /// type and nullability (a field null may be sent as, such as sip_region, is never answered null) and shows no default.
    /// </summary>
    public bool Response { get; init; }

    public static DefinedByAttribute? Of(Type type) => type.GetCustomAttribute<DefinedByAttribute>(inherit: true);
}

/// <summary>
/// Writes each field's <see cref="FieldSpec"/> into the OpenAPI schema of a record marked <see cref="DefinedByAttribute"/>:
/// type, nullability, default, allowed values, range, length, format, pattern, description, so Swagger shows exactly
/// what the rules enforce.
/// </summary>
public sealed class ShapeSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (DefinedByAttribute.Of(context.Type) is not { } definedBy || schema is not OpenApiSchema concrete || concrete.Properties is null)
        {
            return;
        }

        var shape = definedBy.Shape;

        foreach (var (name, property) in concrete.Properties)
        {
            if (shape.Fields.FirstOrDefault(f => f.Name == name) is not { } spec || property is not OpenApiSchema target)
            {
                continue;
            }

            Describe(target, spec, definedBy.Response);
        }
    }

    public static void Describe(OpenApiSchema target, FieldSpec spec, bool response = false)
    {
        if (spec.Description is { } description)
        {
            target.Description = description;
        }

        if (spec.Type == FieldType.Object)
        {
            return; // described by the referenced shape's own schema
        }

        var type = spec.Type switch
        {
            FieldType.Integer => JsonSchemaType.Integer,
            FieldType.Boolean => JsonSchemaType.Boolean,
            FieldType.StringArray => JsonSchemaType.Array,
            _ => JsonSchemaType.String,
        };
        var nullable = response ? target.Type?.HasFlag(JsonSchemaType.Null) == true : spec.Nullable;
        if (!response)
        {
            target.Type = nullable ? type | JsonSchemaType.Null : type;

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
            target.Minimum = spec.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            target.Maximum = spec.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture);
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
            target.Items = Item(spec);
            return;
        }

        // Formats OpenAPI names are shown as such; the others (country-code, dns-label, tech-prefix) by their pattern.
        target.Format = spec.Format is "uuid" or "uri" ? spec.Format : spec.Format is null ? target.Format : null;
        target.MaxLength = spec.MaxLength;
        target.Pattern = spec.Pattern;
        if (spec.Values is { } values)
        {
            var allowed = values.Select(v => (JsonNode?)JsonValue.Create(v));
            if (spec.BlankAllowed && !response)
            {
                allowed = allowed.Append(JsonValue.Create(string.Empty));
            }

            if (nullable)
            {
                allowed = allowed.Append(null);
            }

            target.Enum = allowed.ToList()!;
        }
    }

    private static OpenApiSchema Item(FieldSpec spec) => new()
    {
        Type = JsonSchemaType.String,
        MaxLength = spec.MaxLength,
        MinLength = 1,
        Enum = spec.Values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
    };
}
