using System.Globalization;
using FluentValidation;

namespace TelnyxMock.Common.Validation;

/// <summary>
/// Telnyx's kinds of rule, each with a message that reads after the field name
/// (the filter puts the JSON name in front: "timeout_1xx_secs must be between 1 and 120, got 300.").
/// </summary>
public static class RuleExtensions
{
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IReadOnlyCollection<string> allowed) =>
        rule.Must(value => value is null || allowed.Contains(value))
            .WithMessage((_, value) => $"must be one of {List(allowed)}, got '{Clip(value)}'.");

    public static IRuleBuilderOptions<T, int?> OneOf<T>(this IRuleBuilder<T, int?> rule, IReadOnlyCollection<int> allowed) =>
        rule.Must(value => value is null || allowed.Contains(value.Value))
            .WithMessage((_, value) => $"must be one of {string.Join(", ", allowed)}, got {value}.");

    public static IRuleBuilderOptions<T, int?> Between<T>(this IRuleBuilder<T, int?> rule, int min, int max) =>
        rule.Must(value => value is null || (value >= min && value <= max))
            .WithMessage((_, value) => $"must be between {min} and {max}, got {value}.");

    public static IRuleBuilderOptions<T, int?> AtLeast<T>(this IRuleBuilder<T, int?> rule, int min) =>
        rule.Must(value => value is null || value >= min)
            .WithMessage((_, value) => $"must be at least {min}, got {value}.");

    /// <summary>A string holding a whole number in a range (V1's <c>timeout_1xx</c> and <c>timeout_2xx</c>).</summary>
    public static IRuleBuilderOptions<T, string?> IntegerStringBetween<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.Must(value => value is null || (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max))
            .WithMessage((_, value) => $"must be a whole number of seconds between {min} and {max}, got '{Clip(value)}'.");

    /// <summary>For list items: a null item is never a value (<c>["G722", null]</c>).</summary>
    public static IRuleBuilderOptions<T, string?> NotNullItem<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is not null).WithMessage("must not be null.");

    public static IRuleBuilderOptions<T, string?> NotBlank<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || !string.IsNullOrWhiteSpace(value))
            .WithMessage("must not be blank.");

    public static IRuleBuilderOptions<T, string?> MaxChars<T>(this IRuleBuilder<T, string?> rule, int max) =>
        rule.Must(value => value is null || value.Length <= max)
            .WithMessage((_, value) => $"must be at most {max} characters long, got {value!.Length}.");

    /// <summary>No control characters: they cannot be shown back to a person and no Telnyx field holds them.</summary>
    public static IRuleBuilderOptions<T, string?> Printable<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || !value.Any(char.IsControl))
            .WithMessage("must not contain control characters.");

    public static IRuleBuilderOptions<T, string?> CountryCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || (value.Length == 2 && value.All(char.IsAsciiLetterUpper)))
            .WithMessage((_, value) => $"must be a two-letter upper-case country code such as 'US', got '{Clip(value)}'.");

    public static IRuleBuilderOptions<T, string?> Uuid<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || Guid.TryParseExact(value, "D", out _))
            .WithMessage((_, value) => $"must be a UUID such as 'ec0c8e5d-439e-4620-a0c1-9d9c8d02a836', or null, got '{Clip(value)}'.");

    /// <summary>An absolute http or https URL; <paramref name="allowEmpty"/> lets "" stand for none.</summary>
    public static IRuleBuilderOptions<T, string?> WebUrl<T>(this IRuleBuilder<T, string?> rule, bool allowEmpty) =>
        rule.Must(value => value is null || (allowEmpty && value.Length == 0)
                || (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0))
            .WithMessage((_, value) => $"must be an absolute http or https URL such as 'https://example.com/webhooks', got '{Clip(value)}'.");

    public static IRuleBuilderOptions<T, TValue?> Required<T, TValue>(this IRuleBuilder<T, TValue?> rule) =>
        rule.NotNull().WithMessage("is required.");

    /// <summary>An IPv4 address in dotted-quad form (four numbers 0–255) or an IPv6 address, without port or zone.</summary>
    public static IRuleBuilderOptions<T, string?> IpAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || IsIpAddress(value))
            .WithMessage((_, value) => $"must be an IPv4 address such as '192.0.2.10' or an IPv6 address such as '2001:db8::10', got '{Clip(value)}'.");

    public static bool IsIpAddress(string value)
    {
        if (value.Contains(':'))
        {
            return !value.Contains('%') && System.Net.IPAddress.TryParse(value, out var v6) && v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
        }

        var parts = value.Split('.');
        return parts.Length == 4 && parts.All(p => p.Length is >= 1 and <= 3 && p.All(char.IsAsciiDigit) && int.Parse(p, CultureInfo.InvariantCulture) <= 255);
    }

    /// <summary>A fixed id a fixture gives: a positive decimal of at most 19 digits that fits a 64-bit integer.</summary>
    public static IRuleBuilderOptions<T, string?> FixedId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(id => id is null || (id.Length is >= 1 and <= 19 && id.All(char.IsAsciiDigit) && long.TryParse(id, out var n) && n > 0))
            .WithMessage("must be a positive decimal id of at most 19 digits.");

    public static string Clip(string? value) => value is null ? "null" : value.Length <= 40 ? value : value[..40] + "…";

    private static string List(IEnumerable<string> allowed) => string.Join(", ", allowed.Select(a => $"'{a}'"));
}
