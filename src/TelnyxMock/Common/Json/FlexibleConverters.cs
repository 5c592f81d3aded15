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

/// <summary>A boolean that also takes 0 and 1 (V1's <c>onnet_t38_passthrough_enabled</c>, typed "integer, default false").</summary>
public sealed class BooleanOrBitConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number when reader.TryGetInt32(out var bit) && bit is 0 or 1 => bit == 1,
        _ => throw new JsonException("Expected true, false, 0 or 1."),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
