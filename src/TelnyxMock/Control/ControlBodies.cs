using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Validation;
using TelnyxMock.Resources;

namespace TelnyxMock.Control;

/// <summary>A control request read from a body of its <see cref="Definition"/>, once every field passed.</summary>
public interface IControlRequest
{
    static abstract ResourceDefinition Definition { get; }
}

/// <summary>
/// The bodies of the control API, described the way resources are (fields, ranges, formats, rules across fields), so
/// one binder reads them and Swagger shows what is checked.
/// </summary>
public static class ControlBodies
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    /// <summary>An HTTP method, in any case; kept in upper case.</summary>
    private static readonly Format HttpMethod = new("http-method", v => Methods.Contains(v, StringComparer.OrdinalIgnoreCase) ? null
        : $"must be one of {string.Join(", ", Methods)}, got '{RuleExtensions.Clip(v)}'.")
    { Normalize = v => v.ToUpperInvariant() };

    private static readonly Format PathGlob = new("path-glob", v => v.StartsWith('/') || v.StartsWith('*') ? null
        : $"must be a path glob starting with '/' or '*', such as '/v2/ip_connections*', got '{RuleExtensions.Clip(v)}'.");

    /// <summary>An ISO 8601 duration, positive, as <see cref="XmlConvert.ToTimeSpan"/> reads it (a month is 30 days, a year 365).</summary>
    private static readonly Format Duration = new("duration", v => ReadDuration(v) > TimeSpan.Zero ? null
        : $"must be a positive ISO 8601 duration such as 'PT2H' or 'P1DT12H', got '{RuleExtensions.Clip(v)}'.")
    { OpenApiFormat = "duration" };

    /// <summary>An ISO 8601 instant, its offset given (<c>Z</c> or <c>+02:00</c>), within the clock's range.</summary>
    private static readonly Format Instant = new("instant", v => ReadInstant(v) switch
    {
        null => $"must be an ISO 8601 instant with its offset, such as '2030-01-01T00:00:00Z', got '{RuleExtensions.Clip(v)}'.",
        { } at when MockClock.SetProblem(at) is { } problem => $"{problem.TrimEnd('.')}, got '{RuleExtensions.Clip(v)}'.",
        _ => null,
    })
    { OpenApiFormat = "date-time" };

    private static readonly string[] ClockChanges = ["advance", "set", "real"];

    private static FieldSpec Account(string description) =>
        F.Str("account", maxLength: 256) with { NotBlank = true, Description = description };

    public static readonly ResourceDefinition Reset = new("MockReset", new ShapeSpec("Control.ResetRequest",
    [
        Account("The account to reset (the name the credentials map to); omitted means every account."),
        F.Bool("data").Described("Delete stored resources (default true)."),
        F.Bool("journal").Described("Clear the request journal (default true)."),
        F.Bool("faults").Described("Remove fault rules (default true)."),
        F.Bool("clock").Described("Return the clock to real time (default true). Only without account: the clock is every account's."),
    ]))
    {
        Rules = [new ResourceRule("ClockIsEveryAccounts", ClockIsEveryAccounts)],
    };

    public static readonly ResourceDefinition Clock = new("MockClock", new ShapeSpec("Control.ClockRequest",
    [
        F.Formatted("advance", Duration).Described("Move the clock forward by this ISO 8601 duration (`PT2H`, `P1DT12H`); a month counts 30 days, a year 365."),
        F.Formatted("set", Instant).Described("Put the clock at this instant, past or future (`2030-01-01T00:00:00Z`); it runs on from there."),
        F.Bool("real").Described("`true`: back to real time."),
    ]))
    {
        Rules = [new ResourceRule("OneClockChange", OneClockChange)],
    };

    /// <summary>The duration <see cref="Duration"/> reads; null when the text is not one.</summary>
    public static TimeSpan? ReadDuration(string text)
    {
        try
        {
            return XmlConvert.ToTimeSpan(text);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The instant <see cref="Instant"/> reads; null when the text is not one.</summary>
    public static DateTimeOffset? ReadInstant(string text) =>
        Regex.IsMatch(text, @"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?(Z|[+-][0-9]{2}:[0-9]{2})$")
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at : null;

    public static readonly ResourceDefinition FaultRule = new("MockFaultRule", new ShapeSpec("Control.FaultRuleRequest",
    [
        F.Formatted("method", HttpMethod).Described("HTTP method to match; omitted matches any."),
        F.Formatted("path", PathGlob) with
        {
            Required = true,
            MaxLength = 2048,
            Description = "Path glob, matched against the whole path without its query: `*` any characters, `?` one.",
        },
        Account("Only requests whose credentials name this account; omitted matches everyone."),
        F.Int("status", 400, 599).Described("Answer this status in the surface's error envelope instead of running the endpoint."),
        F.Str("detail", maxLength: 1000) with { NotBlank = true, Description = "The error's detail sentence; a default names the rule." },
        F.Int("retry_after", 0, 86400).Described("Seconds for a `Retry-After` header; 429 and 503 default to 1."),
        F.Int("delay_ms", 0, 60000).Described("Milliseconds to wait before answering."),
        F.Int("times", 1).Described("Fire on the next N matches only; omitted fires on every match."),
        F.Number("probability", 0, 1).Described("Chance that a match fires; default 1."),
    ]))
    {
        Rules = [new ResourceRule("StatusOrDelay", StatusOrDelay)],
    };

    /// <summary>A rule must answer a status, add latency, or both.</summary>
    private static IEnumerable<FieldError> StatusOrDelay(JsonObject rule)
    {
        if (rule["status"] is null && (rule["delay_ms"] is not JsonValue delay || delay.GetValue<int>() == 0))
        {
            yield return new FieldError("/status", "status is required unless delay_ms is given: a rule must answer a status, add latency, or both.");
        }
    }

    /// <summary>One clock serves every account: a reset of one account leaves it alone, and cannot be asked to return it.</summary>
    private static IEnumerable<FieldError> ClockIsEveryAccounts(JsonObject reset)
    {
        if (reset["account"] is not null && reset["clock"] is JsonValue clock && clock.GetValue<bool>())
        {
            yield return new FieldError("/clock", "clock cannot be reset for one account: the clock is every account's. Reset without account, or POST /_mock/clock {\"real\": true}.");
        }
    }

    /// <summary>A clock request makes one change: forward, to an instant, or back to real time.</summary>
    private static IEnumerable<FieldError> OneClockChange(JsonObject request)
    {
        var given = ClockChanges.Where(request.ContainsKey).ToList();
        if (given.Count == 0)
        {
            yield return new FieldError("/", "Give one of advance (a duration to move forward), set (an instant) or real (true: back to real time).");
        }

        foreach (var extra in given.Skip(1))
        {
            yield return new FieldError("/" + extra, $"{extra} cannot come with {given[0]}: a request makes one change, advance, set or real.");
        }

        if (request["real"] is JsonValue real && !real.GetValue<bool>())
        {
            yield return new FieldError("/real", "real can only be true (back to real time); to move the clock, give advance or set.");
        }
    }
}
