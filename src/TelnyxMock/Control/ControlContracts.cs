using FluentValidation;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;

namespace TelnyxMock.Control;

/// <summary>
/// <c>POST /_mock/reset</c>. Everything is optional: no body resets all data, the journal and the fault rules.
/// With <c>account</c>, only that account's rows, journal entries and account-scoped rules go.
/// </summary>
public sealed record ResetRequest
{
    /// <summary>The account to reset (the name the credentials map to); omitted means every account.</summary>
    public string? Account { get; init; }

    /// <summary>Delete stored resources (default true).</summary>
    public bool? Data { get; init; }

    /// <summary>Clear the request journal (default true).</summary>
    public bool? Journal { get; init; }

    /// <summary>Remove fault rules (default true).</summary>
    public bool? Faults { get; init; }
}

public sealed record ResetResponse(string? Account, IReadOnlyDictionary<string, int> Deleted, int JournalCleared, int FaultsCleared);

public sealed record HealthResponse(string Status, string Store, string? Detail = null);

/// <summary>
/// For the OpenAPI document only: one fixture set. The body of <c>POST /_mock/fixtures</c> is one of these or an
/// array of them; each entry takes the fields of the matching create request (see README, "Fixtures").
/// </summary>
public sealed record FixtureSetDocument(string? Account, IReadOnlyList<object>? V1Connections, IReadOnlyList<object>? IpConnections, IReadOnlyList<object>? Ips, IReadOnlyList<object>? CredentialConnections, IReadOnlyList<object>? FqdnConnections, IReadOnlyList<object>? Fqdns);

public sealed record FixturesResponse(bool Loaded, IReadOnlyDictionary<string, int> Counts);

public sealed record JournalResponse(int Count, int Capacity, IReadOnlyList<JournalEntry> Requests);

public sealed record ClearedResponse(int Cleared);

/// <summary><c>POST /_mock/faults</c>: which requests to fail, and how.</summary>
public sealed record FaultRuleRequest
{
    /// <summary>HTTP method to match; omitted matches any.</summary>
    public string? Method { get; init; }

    /// <summary>Path glob, matched against the whole path without its query: <c>*</c> any characters, <c>?</c> one.</summary>
    public string? Path { get; init; }

    /// <summary>Only requests whose credentials name this account; omitted matches everyone.</summary>
    public string? Account { get; init; }

    /// <summary>Answer this status (400–599) in the surface's error envelope instead of running the endpoint.</summary>
    public int? Status { get; init; }

    /// <summary>The error's detail sentence; a default names the rule.</summary>
    public string? Detail { get; init; }

    /// <summary>Seconds for a <c>Retry-After</c> header; 429 and 503 default to 1.</summary>
    public int? RetryAfter { get; init; }

    /// <summary>Milliseconds to wait before answering (0–60000).</summary>
    public int? DelayMs { get; init; }

    /// <summary>Fire on the next N matches only; omitted fires on every match.</summary>
    public int? Times { get; init; }

    /// <summary>Chance (0–1) that a match fires; default 1.</summary>
    [Expects("a number between 0 and 1")]
    public double? Probability { get; init; }
}

public sealed record FaultRuleResponse(
    long Id, string? Method, string Path, string? Account, int? Status, string? Detail, int? RetryAfter,
    int DelayMs, int? Remaining, double Probability, int Fired);

public static class FaultRuleMapping
{
    /// <summary>The rule a request describes, under <paramref name="id"/>.</summary>
    public static FaultRule ToRule(this FaultRuleRequest request, long id) => new()
    {
        Id = id,
        Method = request.Method?.ToUpperInvariant(),
        Path = request.Path!,
        PathPattern = FaultRule.Glob(request.Path!),
        Account = request.Account,
        Status = request.Status,
        Detail = request.Detail,
        RetryAfter = request.RetryAfter ?? (request.Status is 429 or 503 ? 1 : null),
        DelayMs = request.DelayMs ?? 0,
        Remaining = request.Times,
        Probability = request.Probability ?? 1,
    };

    public static FaultRuleResponse ToResponse(this FaultRule rule) =>
        new(rule.Id, rule.Method, rule.Path, rule.Account, rule.Status, rule.Detail, rule.RetryAfter,
            rule.DelayMs, rule.Remaining, rule.Probability, rule.Fired);
}

public sealed class ResetRequestValidator : AbstractValidator<ResetRequest>
{
    public ResetRequestValidator() => RuleFor(x => x.Account).NotBlank().MaxChars(256);
}

public sealed class FaultRuleRequestValidator : AbstractValidator<FaultRuleRequest>
{
    private static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    public FaultRuleRequestValidator()
    {
        RuleFor(x => x.Method).Must(m => m is null || Methods.Contains(m, StringComparer.OrdinalIgnoreCase))
            .WithMessage((_, m) => $"must be one of {string.Join(", ", Methods)}, got '{RuleExtensions.Clip(m)}'.");
        RuleFor(x => x.Path).Required().MaxChars(2048).Must(p => p is null || p.StartsWith('/') || p.StartsWith('*'))
            .WithMessage((_, p) => $"must be a path glob starting with '/' or '*', such as '/v2/ip_connections*', got '{RuleExtensions.Clip(p)}'.");
        RuleFor(x => x.Account).NotBlank();
        RuleFor(x => x.Detail).NotBlank().MaxChars(1000);
        RuleFor(x => x.Status).Between(400, 599);
        RuleFor(x => x.RetryAfter).Between(0, 86400);
        RuleFor(x => x.DelayMs).Between(0, 60000);
        RuleFor(x => x.Times).AtLeast(1);
        RuleFor(x => x.Probability).Must(p => p is null || (p >= 0 && p <= 1))
            .WithMessage((_, p) => $"must be between 0 and 1, got {p}.");
        RuleFor(x => x.Status).NotNull().When(x => x.DelayMs is null or 0)
            .WithMessage("is required unless delay_ms is given: a rule must answer a status, add latency, or both.");
    }
}
