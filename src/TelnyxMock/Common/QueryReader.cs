using System.Globalization;
using TelnyxMock.Common.Errors;

namespace TelnyxMock.Common;

/// <summary>
/// Reads query parameters and collects every problem with them, so a list endpoint can answer
/// all bad parameters at once in its surface's envelope.
/// </summary>
public sealed class QueryReader(IQueryCollection query, Func<string, string> pointerOf)
{
    private readonly List<FieldError> errors = [];

    public IReadOnlyList<FieldError> Errors => errors;

    /// <summary>The mock's time of the request, for filters that compare with it (UTC).</summary>
    public DateTime Now { get; init; } = DateTime.UtcNow;

    public string? String(string name)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            Fail(name, $"{name} must be given once, got {values.Count} values.");
            return null;
        }

        return values.Count == 0 ? null : values[0];
    }

    public int Integer(string name, int fallback, int min, int max)
    {
        var text = String(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Fail(name, $"{name} must be a whole number between {min} and {max}, got '{RuleClip(text)}'.");
            return fallback;
        }

        return value;
    }

    public bool Boolean(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return false;
        }

        if (!bool.TryParse(text, out var value))
        {
            Fail(name, $"{name} must be true or false, got '{RuleClip(text)}'.");
        }

        return value;
    }

    public string? OneOf(string name, IReadOnlyCollection<string> allowed)
    {
        var text = String(name);
        if (text is not null && !allowed.Contains(text))
        {
            Fail(name, $"{name} must be one of {string.Join(", ", allowed.Select(a => $"'{a}'"))}, got '{RuleClip(text)}'.");
            return null;
        }

        return text;
    }

    public string? Contains(string name, int minLength)
    {
        var text = String(name);
        // Counted as sent: a filter is a substring test of exactly the text given, spaces included.
        if (text is not null && text.Length < minLength)
        {
            Fail(name, $"{name} requires at least {minLength} characters, got '{RuleClip(text)}'.");
            return null;
        }

        return text;
    }

    /// <summary>Every value given for an array parameter: repeated, or indexed as <c>name[]</c> or <c>name[0]</c>.</summary>
    public IReadOnlyList<string> All(string name) =>
        [.. query.Where(p => p.Key == name || (p.Key.StartsWith(name + "[", StringComparison.Ordinal) && p.Key.EndsWith(']') && p.Key[(name.Length + 1)..^1].All(char.IsAsciiDigit)))
            .SelectMany(p => p.Value).OfType<string>()];

    public void Fail(string name, string detail) => errors.Add(new FieldError(pointerOf(name), detail));

    private static string RuleClip(string text) => Validation.RuleExtensions.Clip(text);
}

/// <summary>Reads a declared <see cref="QueryParameter"/> by its kind, range, allowed values and default.</summary>
public static class QueryReaderExtensions
{
    public static int Integer(this QueryReader reader, QueryParameter parameter) =>
        reader.Integer(parameter.Name, parameter.DefaultInteger, parameter.Minimum ?? int.MinValue, parameter.Maximum ?? int.MaxValue);

    public static bool Boolean(this QueryReader reader, QueryParameter parameter) => reader.Boolean(parameter.Name);

    public static string? OneOf(this QueryReader reader, QueryParameter parameter) =>
        reader.OneOf(parameter.Name, parameter.Values ?? throw new InvalidOperationException($"{parameter.Name} lists no values."))
        ?? parameter.Default as string;

    public static string? Contains(this QueryReader reader, QueryParameter parameter) =>
        reader.Contains(parameter.Name, parameter.MinLength ?? 0);

    public static string? String(this QueryReader reader, QueryParameter parameter) => reader.String(parameter.Name);
}
