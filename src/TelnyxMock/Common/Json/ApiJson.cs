using System.Text.Json;
using TelnyxMock.Hosting;

namespace TelnyxMock.Common.Json;

/// <summary>The serializer settings stored documents are written with: the API's own (<see cref="MockServices.Configure"/>).</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = MockServices.CreateSerializerOptions();

    /// <summary>Writes <c>"name": value</c> with a value from <see cref="Options"/>.</summary>
    public static void WriteProperty<TValue>(this Utf8JsonWriter writer, string name, TValue value)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, Options);
    }
}
