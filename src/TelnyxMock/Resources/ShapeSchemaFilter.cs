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

    public static ShapeSpec? Of(Type type) => type.GetCustomAttribute<DefinedByAttribute>(inherit: true)?.Shape;
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
        if (DefinedByAttribute.Of(context.Type) is not { } shape || schema is not OpenApiSchema concrete || concrete.Properties is null)
        {
            return;
        }

        foreach (var (name, property) in concrete.Properties)
        {
            if (shape.Fields.FirstOrDefault(f => f.Name == name) is not { } spec || property is not OpenApiSchema target)
            {
                continue;
            }

            Describe(target, spec);
        }
    }

    public static void Describe(OpenApiSchema target, FieldSpec spec)
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
        target.Type = spec.Nullable ? type | JsonSchemaType.Null : type;
        // A nullable field without another default is null until set: shown as "default": null, as the reference does.
        target.Default = spec.Default?.DeepClone() ?? (spec.Nullable ? JsonNullSentinel.JsonNull : null);
        target.Minimum = spec.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        target.Maximum = spec.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        target.MultipleOf = spec.MultipleOf;
        if (spec.Type == FieldType.StringArray)
        {
            target.MaxItems = spec.MaxItems;
            target.Items = Item(spec);
            return;
        }

        target.Format = spec.Format == "int64" ? null : spec.Format ?? target.Format;
        target.MaxLength = spec.MaxLength;
        target.Pattern = spec.Pattern;
        if (spec.Values is { } values)
        {
            var allowed = values.Select(v => (JsonNode?)JsonValue.Create(v));
            if (spec.BlankAllowed)
            {
                allowed = allowed.Append(JsonValue.Create(string.Empty));
            }

            if (spec.Nullable)
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
