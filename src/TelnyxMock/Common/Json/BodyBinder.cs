using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using TelnyxMock.Common.Errors;

namespace TelnyxMock.Common.Json;

/// <summary>
/// Binds a JSON object to a request record without stopping at the first bad field:
/// every property of the wrong JSON type (or null where null is not allowed) becomes one
/// <see cref="FieldError"/> with its JSON pointer, the property is left out, and the rest binds.
/// It also records which pointers were present, which is how partial updates tell
/// "left out" from "set to null".
/// </summary>
public sealed class BodyBinder(JsonSerializerOptions options)
{
    private readonly ConcurrentDictionary<Type, PropertyMap> maps = new();

    public BindResult<T> Bind<T>(JsonObject body, bool strict)
        where T : class
    {
        // Fast path: check structure (unknown fields, nulls, objects) and bind once. Only when that binding
        // fails is every leaf bound on its own, to name each field of the wrong type.
        var errors = new List<FieldError>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var cleaned = Check(typeof(T), body, string.Empty, errors, present, strict, probeLeaves: false);
        try
        {
            var value = (T?)cleaned.Deserialize(typeof(T), options) ?? throw new JsonException("The body bound to null.");
            return new BindResult<T>(value, errors, present);
        }
        catch (Exception ex) when (IsBindingFailure(ex))
        {
            errors.Clear();
            present.Clear();
            cleaned = Check(typeof(T), body, string.Empty, errors, present, strict, probeLeaves: true);
            var value = (T?)cleaned.Deserialize(typeof(T), options) ?? throw new JsonException("The body bound to null.");
            return new BindResult<T>(value, errors, present);
        }
    }

    /// <summary>The JSON name of a C# property path such as <c>Inbound.Timeout1xxSecs</c>, as a pointer.</summary>
    public string ToPointer(Type root, string propertyPath)
    {
        var type = root;
        var pointer = new System.Text.StringBuilder();
        foreach (var segment in propertyPath.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[');
            var name = bracket >= 0 ? segment[..bracket] : segment;
            var map = MapOf(type);
            if (map.ByMember.TryGetValue(name, out var property))
            {
                pointer.Append('/').Append(property.Name);
                type = property.PropertyType;
            }
            else
            {
                pointer.Append('/').Append(options.PropertyNamingPolicy?.ConvertName(name) ?? name);
            }

            if (bracket >= 0)
            {
                pointer.Append('/').Append(segment[(bracket + 1)..].TrimEnd(']'));
            }
        }

        return pointer.Length == 0 ? "/" : pointer.ToString();
    }

    private static bool IsBindingFailure(Exception ex) =>
        ex is JsonException or InvalidOperationException or FormatException or OverflowException;

    private JsonObject Check(Type type, JsonObject node, string prefix, List<FieldError> errors, HashSet<string> present, bool strict, bool probeLeaves)
    {
        var map = MapOf(type);
        var cleaned = new JsonObject();
        foreach (var (key, value) in node)
        {
            var pointer = $"{prefix}/{Escape(key)}";
            if (!map.ByJsonName.TryGetValue(key, out var property))
            {
                if (strict)
                {
                    errors.Add(new FieldError(pointer, $"{key} is not a known field."));
                }

                continue;
            }

            if (value is null)
            {
                if (property.NullAllowed)
                {
                    present.Add(pointer);
                    cleaned[key] = null;
                }
                else
                {
                    errors.Add(new FieldError(pointer, $"{key} must not be null; it must be {property.Expected}."));
                }

                continue;
            }

            if (property.IsObject)
            {
                if (value is JsonObject child)
                {
                    present.Add(pointer);
                    cleaned[key] = Check(property.ObjectType!, child, pointer, errors, present, strict, probeLeaves);
                }
                else
                {
                    errors.Add(TypeError(key, pointer, property, value));
                }

                continue;
            }

            var copy = value.DeepClone();
            if (!probeLeaves)
            {
                present.Add(pointer);
                cleaned[key] = copy;
                continue;
            }

            try
            {
                // Bound as a one-field object of the declaring type, so property-level converters apply.
                new JsonObject { [key] = copy.DeepClone() }.Deserialize(type, options);
                present.Add(pointer);
                cleaned[key] = copy;
            }
            catch (Exception ex) when (IsBindingFailure(ex))
            {
                errors.Add(TypeError(key, pointer, property, value));
            }
        }

        return cleaned;
    }

    private static FieldError TypeError(string key, string pointer, BoundProperty property, JsonNode value) =>
        new(pointer, $"{key} must be {property.Expected}, got {Describe(value)}.");

    private static string Describe(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {Shorten(value.ToJsonString())}",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Escape(string key) => key.Replace("~", "~0").Replace("/", "~1");

    private PropertyMap MapOf(Type type) => maps.GetOrAdd(type, t => new PropertyMap(options.GetTypeInfo(t)));

    private sealed class PropertyMap
    {
        public PropertyMap(JsonTypeInfo info)
        {
            foreach (var property in info.Properties)
            {
                var bound = new BoundProperty(property);
                ByJsonName[property.Name] = bound;
                if (property.AttributeProvider is MemberInfo member)
                {
                    ByMember[member.Name] = bound;
                }
            }
        }

        public Dictionary<string, BoundProperty> ByJsonName { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, BoundProperty> ByMember { get; } = new(StringComparer.Ordinal);
    }

    private sealed class BoundProperty
    {
        public BoundProperty(JsonPropertyInfo info)
        {
            Name = info.Name;
            PropertyType = info.PropertyType;
            var attributes = info.AttributeProvider;
            // No property takes null: a JSON null is answered with a type error naming it, so that absent and null
            // never mean different things silently (resources, whose fields may be nullable, bind through ShapeBinder).
            NullAllowed = false;
            var underlying = Nullable.GetUnderlyingType(PropertyType) ?? PropertyType;
            IsObject = underlying.IsClass && underlying != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(underlying)
                && underlying.GetCustomAttribute<System.Text.Json.Serialization.JsonConverterAttribute>() is null;
            ObjectType = IsObject ? underlying : null;
            var expects = attributes?.GetCustomAttributes(typeof(ExpectsAttribute), true).OfType<ExpectsAttribute>().FirstOrDefault();
            Expected = expects?.Description ?? DescribeType(underlying);
        }

        public string Name { get; }

        public Type PropertyType { get; }

        public bool NullAllowed { get; }

        public bool IsObject { get; }

        public Type? ObjectType { get; }

        public string Expected { get; }

        private static string DescribeType(Type type) => type switch
        {
            _ when type == typeof(bool) => "a boolean",
            _ when type == typeof(int) || type == typeof(long) => "an integer",
            _ when type == typeof(string) => "a string",
            _ when typeof(IEnumerable<string>).IsAssignableFrom(type) => "an array of strings",
            _ when type.IsClass => "an object",
            _ => $"a {type.Name}",
        };
    }
}

public sealed record BindResult<T>(T Value, IReadOnlyList<FieldError> Errors, IReadOnlySet<string> Present);
