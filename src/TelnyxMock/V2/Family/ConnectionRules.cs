using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;

namespace TelnyxMock.V2;

/// <summary>The rules across fields every connection type states the same way (V1's connections share the first).</summary>
public static class ConnectionRules
{
    public const string EncryptionWithTlsMessage = "cannot be set when transport_protocol is TLS.";

    /// <summary>SRTP (or ZRTP on V1) is never used with TLS.</summary>
    public static ResourceRule EncryptionNeverWithTls(string? advice = null) => new("encrypted media never with TLS", connection =>
        (string?)connection["encrypted_media"] is not null && (string?)connection["transport_protocol"] == "TLS"
            ? [new FieldError("/encrypted_media", $"encrypted_media {EncryptionWithTlsMessage} {advice}".TrimEnd())]
            : []);

    /// <summary>The jitter buffer's minimum is at most its maximum.</summary>
    public static readonly ResourceRule JitterBufferInOrder = new("jitter buffer minimum at most its maximum", connection =>
    {
        var jitter = connection["jitter_buffer"]!.AsObject();
        int min = jitter["jitterbuffer_msec_min"]!.GetValue<int>(), max = jitter["jitterbuffer_msec_max"]!.GetValue<int>();
        return min > max
            ? [new FieldError("/jitter_buffer/jitterbuffer_msec_min", $"jitterbuffer_msec_min must not exceed jitterbuffer_msec_max ({max}), got {min}.")]
            : [];
    });

    /// <summary>The rules of every V2 connection type, listed once; a type adds its own after them.</summary>
    public static IReadOnlyList<ResourceRule> Shared(string? encryptionAdvice = null) => [EncryptionNeverWithTls(encryptionAdvice), JitterBufferInOrder];
}
