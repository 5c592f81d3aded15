using System.Text.Json;
using System.Text.Json.Serialization;

namespace TelnyxMock.Common.Json;

/// <summary>Telnyx's wire format, set once: the serializer settings responses and stored documents are written with.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = CreateSerializerOptions();

    /// <summary>Writes <c>"name": value</c> with a value from <see cref="Options"/>.</summary>
    public static void WriteProperty<TValue>(this Utf8JsonWriter writer, string name, TValue value)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, Options);
    }

    /// <summary>Telnyx's wire format: snake_case names, nulls written, enums as their strings.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.NumberHandling = JsonNumberHandling.Strict;
        // One encoding everywhere (responses written by the framework and stored documents alike): "rtp+1" and "<"
        // as they are, not "rtp\u002B1". Bodies are JSON served as application/json, never embedded in HTML.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new UtcMillisecondsConverter());
    }

    public static JsonSerializerOptions CreateSerializerOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
