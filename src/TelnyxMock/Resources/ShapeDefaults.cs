using System.Text.Json;
using System.Text.Json.Nodes;
using TelnyxMock.Common.Json;

namespace TelnyxMock.Resources;

/// <summary>What a create starts from: every field's default from its definition.</summary>
public static class ShapeDefaults
{
    /// <summary>
    /// The defaults as a JSON object: each field's default, null for a nullable field without one, an object field as the
    /// defaults of its own shape. A field with neither (a list a create leaves empty) is left out.
    /// </summary>
    public static JsonObject Of(ShapeSpec shape)
    {
        var defaults = new JsonObject();
        foreach (var field in shape.Fields)
        {
            if (field.Type == FieldType.Object)
            {
                defaults[field.Name] = Of(field.Shape!);
            }
            else if (field.Default is { } value)
            {
                defaults[field.Name] = value.DeepClone();
            }
            else if (field.Nullable)
            {
                defaults[field.Name] = null;
            }
        }

        return defaults;
    }

    /// <summary>The defaults bound to a request record, to be applied as a request that sets every field.</summary>
    public static T Request<T>()
        where T : class =>
        Cache<T>.Value;

    private static class Cache<T>
        where T : class
    {
        public static readonly T Value = JsonSerializer.Deserialize<T>(
            Of(DefinedByAttribute.Of(typeof(T))?.Shape ?? throw new InvalidOperationException($"{typeof(T).Name} names no definition.")),
            SnapshotJson.Options)!;
    }
}
