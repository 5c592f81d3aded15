using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TelnyxMock.Common.Json;

/// <summary>A string field that also takes a JSON integer and keeps it as its decimal text (V1 timeouts).</summary>
public sealed class IntegerOrStringConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.Number when reader.TryGetInt64(out var number) => number.ToString(CultureInfo.InvariantCulture),
        _ => throw new JsonException("Expected a string or an integer."),
    };

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
