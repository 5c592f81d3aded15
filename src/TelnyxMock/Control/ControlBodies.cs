using System.Text.Json.Nodes;
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

    private static FieldSpec Account(string description) =>
        F.Str("account", maxLength: 256) with { NotBlank = true, Description = description };

    public static readonly ResourceDefinition Reset = new("MockReset", new ShapeSpec("Control.ResetRequest",
    [
        Account("The account to reset (the name the credentials map to); omitted means every account."),
        F.Bool("data").Described("Delete stored resources (default true)."),
        F.Bool("journal").Described("Clear the request journal (default true)."),
        F.Bool("faults").Described("Remove fault rules (default true)."),
    ]));

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
}
