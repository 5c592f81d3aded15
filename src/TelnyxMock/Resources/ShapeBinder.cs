using System.Text.Json;
using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;

namespace TelnyxMock.Resources;

/// <summary>
/// What a request body carries for a shape: the fields of the right JSON type (coerced as their specs allow: an integer
/// for a string of digits, 0/1 for a boolean, one string for a list), a type error with its pointer for every other
/// field. A field left out is absent from <see cref="Values"/> and one set to null is there as null, which is how a
/// partial update tells the two apart at every depth.
/// </summary>
public sealed record BoundShape(JsonObject Values, IReadOnlyList<FieldError> Errors);

/// <summary>Binds a JSON object to a <see cref="ShapeSpec"/> without stopping at the first bad field.</summary>
public static class ShapeBinder
{
    /// <summary>Binds <paramref name="body"/>; with <paramref name="strict"/>, unknown fields (and fields only the mock writes) are errors instead of being ignored.</summary>
    public static BoundShape Bind(ShapeSpec shape, JsonObject body, bool strict)
    {
        var errors = new List<FieldError>();
        var values = Bind(shape, body, string.Empty, strict, errors);
        return new BoundShape(values, errors);
    }

    private static JsonObject Bind(ShapeSpec shape, JsonObject node, string prefix, bool strict, List<FieldError> errors)
    {
        var values = new JsonObject();
        foreach (var (key, value) in node)
        {
            var pointer = $"{prefix}/{Escape(key)}";
            if (shape.Find(key) is not { ReadOnly: false } spec)
            {
                if (strict)
                {
                    errors.Add(new FieldError(pointer, $"{key} is not a known field."));
                }

                continue;
            }

            if (value is null)
            {
                if (spec.Nullable || spec.NullMeansDefault)
                {
                    values[key] = null;
                }
                else
                {
                    errors.Add(new FieldError(pointer, $"{key} must not be null; it must be {spec.Expected}."));
                }

                continue;
            }

            if (spec.Type == FieldType.Object)
            {
                if (value is JsonObject child)
                {
                    values[key] = Bind(spec.Shape!, child, pointer, strict, errors);
                }
                else
                {
                    errors.Add(TypeError(spec, pointer, value));
                }

                continue;
            }

            if (spec.Type == FieldType.ObjectArray)
            {
                if (value is JsonArray items)
                {
                    values[key] = BindItems(spec, items, pointer, strict, errors);
                }
                else
                {
                    errors.Add(TypeError(spec, pointer, value));
                }

                continue;
            }

            if (Coerce(spec, value) is { } coerced)
            {
                values[key] = coerced;
            }
            else
            {
                errors.Add(TypeError(spec, pointer, value));
            }
        }

        return values;
    }

    /// <summary>Each item bound to the field's shape; an item that is not an object is a type error at its index, and null in its place.</summary>
    private static JsonArray BindItems(FieldSpec spec, JsonArray items, string pointer, bool strict, List<FieldError> errors)
    {
        var bound = new JsonArray();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is JsonObject item)
            {
                bound.Add(Bind(spec.Shape!, item, $"{pointer}/{i}", strict, errors));
            }
            else
            {
                errors.Add(new FieldError($"{pointer}/{i}", $"{spec.Name}[{i}] must be an object, got {(items[i] is { } other ? Describe(other) : "null")}."));
                bound.Add(null);
            }
        }

        return bound;
    }

    /// <summary>The value as the field keeps it, or null when it is of the wrong type.</summary>
    private static JsonNode? Coerce(FieldSpec spec, JsonNode value) => (spec.Type, value.GetValueKind()) switch
    {
        (FieldType.Boolean, JsonValueKind.True or JsonValueKind.False) => value.DeepClone(),
        (FieldType.Boolean, JsonValueKind.Number) when spec.AcceptsBit && value.AsValue().TryGetValue<int>(out var bit) && bit is 0 or 1 => JsonValue.Create(bit == 1),
        (FieldType.Integer, JsonValueKind.Number) when value.AsValue().TryGetValue<int>(out var number) => JsonValue.Create(number),
        (FieldType.Number, JsonValueKind.Number) when value.AsValue().TryGetValue<double>(out var real) && double.IsFinite(real) => JsonValue.Create(real),
        (FieldType.String, JsonValueKind.String) => value.DeepClone(),
        (FieldType.String, JsonValueKind.Number) when spec.AcceptsInteger && value.AsValue().TryGetValue<long>(out var whole) =>
            JsonValue.Create(whole.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        (FieldType.StringArray, JsonValueKind.String) when spec.AcceptsOneString => new JsonArray(value.DeepClone()),
        // Null items are kept for the item rules, which name them by index.
        (FieldType.StringArray, JsonValueKind.Array) when value.AsArray().All(item => item is null || item.GetValueKind() == JsonValueKind.String) => value.DeepClone(),
        _ => null,
    };

    private static FieldError TypeError(FieldSpec spec, string pointer, JsonNode value) =>
        new(pointer, $"{spec.Name} must be {spec.Expected}, got {Describe(value)}.");

    public static string Describe(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {Shorten(value.ToJsonString())}",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    public static string Escape(string key) => key.Replace("~", "~0").Replace("/", "~1");
}
