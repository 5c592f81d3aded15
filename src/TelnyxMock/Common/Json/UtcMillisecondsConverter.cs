using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TelnyxMock.Common.Json;

/// <summary>Telnyx's timestamps: ISO 8601 UTC with milliseconds, "2026-11-23T08:15:02.123Z".</summary>
public sealed class UtcMillisecondsConverter : JsonConverter<DateTime>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTime.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString(Format, CultureInfo.InvariantCulture));
}

/// <summary>Helpers for the mock's clock: every stored timestamp is UTC truncated to milliseconds.</summary>
public static class ClockExtensions
{
    public static DateTime UtcNowMilliseconds(this TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }
}
