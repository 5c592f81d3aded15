using FluentValidation;
using TelnyxMock.Common.Validation;

namespace TelnyxMock.Resources;

/// <summary>The rules every connection type states the same way, V1 and V2 alike.</summary>
public static class ConnectionFieldRules
{
    public const string EncryptionWithTlsMessage = "cannot be set when transport_protocol is TLS.";

    /// <summary>SRTP (or ZRTP on V1) is never used with TLS.</summary>
    public static bool EncryptionAllowed(string? transport, string? encryptedMedia) =>
        encryptedMedia is null || transport != "TLS";

    /// <summary>The rule on a merged connection: <c>encrypted_media</c> set while <c>transport_protocol</c> is TLS fails.</summary>
    public static IEnumerable<Common.Errors.FieldError> EncryptionWithTls(System.Text.Json.Nodes.JsonObject connection, string? advice = null)
    {
        var media = (string?)connection["encrypted_media"];
        if (!EncryptionAllowed((string?)connection["transport_protocol"], media))
        {
            yield return new Common.Errors.FieldError("/encrypted_media", $"encrypted_media {EncryptionWithTlsMessage} {advice}".TrimEnd());
        }
    }

    /// <summary>A positive 64-bit integer written in digits (an outbound voice profile id), or null.</summary>
    public static long? ParsePositiveInt64(string text) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    public static bool IsSubdomain(string? value) =>
        value is null || (value.Length is >= 1 and <= 63
            && value.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-')
            && value[0] != '-' && value[^1] != '-');

    /// <summary><c>sip_subdomain</c>: a DNS label of 1 to 63 letters, digits and inner hyphens.</summary>
    public static IRuleBuilderOptions<T, string?> SipSubdomain<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsSubdomain)
            .WithMessage((_, v) => $"must be a DNS label of 1 to 63 letters, digits and inner hyphens, got '{RuleExtensions.Clip(v)}'.");
}
