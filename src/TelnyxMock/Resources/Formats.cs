using System.Globalization;
using TelnyxMock.Common.Validation;

namespace TelnyxMock.Resources;

/// <summary>
/// A kind of string a field holds (a host name, an id, a country code), written once: the check and the sentence
/// that says what was expected (<see cref="Problem"/>, null when the value is good), how OpenAPI shows it (a named
/// <see cref="OpenApiFormat"/> or a <see cref="Pattern"/>), and the one spelling the value is kept in, if it has one.
/// </summary>
public sealed record Format(string Name, Func<string, string?> Problem)
{
    /// <summary>The OpenAPI <c>format</c> (uuid, uri, date-time), for the formats OpenAPI names.</summary>
    public string? OpenApiFormat { get; init; }

    /// <summary>An OpenAPI <c>pattern</c> saying what the check checks, for formats OpenAPI does not name.</summary>
    public string? Pattern { get; init; }

    /// <summary>The spelling kept and answered (an int64 id in its shortest digits); null keeps the value as sent.</summary>
    public Func<string, string>? Normalize { get; init; }

    public override string ToString() => Name;
}

/// <summary>The formats of every resource's fields, each written once (see <see cref="Format"/>).</summary>
public static class Formats
{
    public static readonly Format Uuid = new("uuid", v => Guid.TryParseExact(v, "D", out _) ? null
        : $"must be a UUID such as 'ec0c8e5d-439e-4620-a0c1-9d9c8d02a836', or null, got '{Clip(v)}'.")
    { OpenApiFormat = "uuid" };

    /// <summary>An absolute http or https URL (a field that also takes "" says so with <see cref="FieldSpec.BlankAllowed"/>).</summary>
    public static readonly Format Url = new("uri", v =>
        Uri.TryCreate(v, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0 ? null
            : $"must be an absolute http or https URL such as 'https://example.com/webhooks', got '{Clip(v)}'.")
    { OpenApiFormat = "uri" };

    /// <summary>A positive 64-bit integer given as digits (a number is accepted too), kept in its shortest digits.</summary>
    public static readonly Format Int64 = new("int64", v => ParseId(v) is null
        ? $"must be a positive 64-bit integer, given as a number or a string of digits, got '{Clip(v)}'."
        : null)
    { Normalize = v => ParseId(v)!.Value.ToString(CultureInfo.InvariantCulture) };

    /// <summary>A resource id a fixture fixes: a positive decimal of at most 19 digits that fits a 64-bit integer.</summary>
    public static readonly Format Id = new("id", v => v.Length is >= 1 and <= 19 && ParseId(v) is not null ? null
        : "must be a positive decimal id of at most 19 digits.")
    { Pattern = "^[0-9]{1,19}$", Normalize = v => ParseId(v)!.Value.ToString(CultureInfo.InvariantCulture) };

    public static readonly Format CountryCode = new("country-code", v => v.Length == 2 && v.All(char.IsAsciiLetterUpper) ? null
        : $"must be a two-letter upper-case country code such as 'US', got '{Clip(v)}'.")
    { Pattern = "^[A-Z]{2}$" };

    public static readonly Format IpAddress = new("ip", v => RuleExtensions.IsIpAddress(v) ? null
        : $"must be an IPv4 address such as '192.0.2.10' or an IPv6 address such as '2001:db8::10', got '{Clip(v)}'.");

    /// <summary>One DNS label: 1 to 63 letters, digits and inner hyphens.</summary>
    public static readonly Format DnsLabel = new("dns-label", v => IsDnsLabel(v) ? null
        : $"must be a DNS label of 1 to 63 letters, digits and inner hyphens, got '{Clip(v)}'.")
    { Pattern = "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$" };

    /// <summary>Dot-separated DNS labels, at most 253 characters, no trailing dot.</summary>
    public static readonly Format HostName = new("hostname", v => IsHostName(v) ? null
        : $"must be a host name such as 'sip.example.com' (dot-separated labels of letters, digits and inner hyphens), got '{Clip(v)}'.");

    public static readonly Format TechPrefix = new("tech-prefix", v => v.Length == 0 || (v.Length == 4 && v.All(char.IsAsciiDigit)) ? null
        : $"must be exactly 4 digits (or blank for none), got '{Clip(v)}'.")
    { Pattern = "^([0-9]{4})?$" };

    /// <summary>A SIP user name: letters and digits only, with a letter among the first five (the reference's CredentialConnection.user_name).</summary>
    public static readonly Format SipUserName = new("sip-user-name", v =>
        !v.All(char.IsAsciiLetterOrDigit) ? $"must hold only letters and digits (no spaces or other characters), got '{Clip(v)}'."
        : !v.Take(5).Any(char.IsAsciiLetter) ? $"must have a letter among its first 5 characters, got '{Clip(v)}'."
        : null)
    { Pattern = "^(?=[A-Za-z0-9]{0,4}[A-Za-z])[A-Za-z0-9]{4,32}$" };

    /// <summary>A phone number in E.164: '+', a country code and at most 15 digits in all.</summary>
    public static readonly Format E164 = new("e164", v => v.Length is >= 3 and <= 16 && v[0] == '+' && v[1] is >= '1' and <= '9' && v.Skip(1).All(char.IsAsciiDigit) ? null
        : $"must be a phone number in E.164 form such as '+13125550100', got '{Clip(v)}'.")
    { Pattern = "^\\+[1-9][0-9]{1,14}$" };

    /// <summary>A CNAM listing: 1 to 15 letters, digits and spaces.</summary>
    public static readonly Format CnamListing = new("cnam", v => v.Length is >= 1 and <= 15 && v.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == ' ') ? null
        : $"must be 1 to 15 letters, digits and spaces, got '{Clip(v)}'.")
    { Pattern = "^[A-Za-z0-9 ]{1,15}$" };

    /// <summary>An ISO 8601 date and time, as the mock writes its own timestamps.</summary>
    public static readonly Format DateTime = new("date-time", v =>
        DateTimeOffset.TryParse(v, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _) && v.Contains('T') ? null
            : $"must be an ISO 8601 date and time such as '2026-01-01T12:00:00Z', got '{Clip(v)}'.")
    { OpenApiFormat = "date-time" };

    /// <summary>A UTC time of day: <c>HH:MM</c>, optionally with seconds, a fraction and a trailing <c>Z</c> (<c>08:00:00.00Z</c>).</summary>
    public static readonly Format TimeOfDay = new("time", v =>
        System.Text.RegularExpressions.Regex.IsMatch(v, "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,6})?)?Z?$") ? null
            : $"must be a UTC time of day such as '08:00' or '20:00:00.00Z', got '{Clip(v)}'.")
    { OpenApiFormat = "time" };

    /// <summary>An amount in US dollars written as a string: digits, optionally a point and one or two decimals (<c>100.00</c>).</summary>
    public static readonly Format Amount = new("amount", v =>
        v.Length <= 16 && System.Text.RegularExpressions.Regex.IsMatch(v, "^[0-9]+(\\.[0-9]{1,2})?$") ? null
            : $"must be an amount such as '100.00' (digits, optionally a point and one or two decimals), got '{Clip(v)}'.")
    { Pattern = "^[0-9]+(\\.[0-9]{1,2})?$" };

    /// <summary>A positive 64-bit integer written in digits only, or null.</summary>
    public static long? ParseId(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;

    /// <summary>Whether <paramref name="text"/> is exactly how <paramref name="id"/> is written: no sign, space or leading zero.</summary>
    public static bool IsExactly(string text, long id) => text == id.ToString(CultureInfo.InvariantCulture);

    public static bool IsDnsLabel(string value) =>
        value.Length is >= 1 and <= 63 && value.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-') && value[0] != '-' && value[^1] != '-';

    public static bool IsHostName(string value) =>
        value.Length is >= 1 and <= 253 && value.Split('.').All(IsDnsLabel);

    private static string Clip(string value) => RuleExtensions.Clip(value);
}
