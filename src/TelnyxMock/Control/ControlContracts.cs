using TelnyxMock.Resources;

namespace TelnyxMock.Control;

/// <summary>
/// <c>POST /_mock/reset</c>, as its checked fields read (<see cref="ControlBodies.Reset"/>). Everything is optional: no
/// body resets all data, the journal and the fault rules; with <c>account</c>, only that account's.
/// </summary>
public sealed record ResetRequest(string? Account = null, bool? Data = null, bool? Journal = null, bool? Faults = null) : IControlRequest
{
    public static ResourceDefinition Definition => ControlBodies.Reset;
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

/// <summary><c>POST /_mock/faults</c>, as its checked fields read (<see cref="ControlBodies.FaultRule"/>).</summary>
public sealed record FaultRuleRequest(
    string? Method = null, string? Path = null, string? Account = null, int? Status = null, string? Detail = null,
    int? RetryAfter = null, int? DelayMs = null, int? Times = null, double? Probability = null) : IControlRequest
{
    public static ResourceDefinition Definition => ControlBodies.FaultRule;
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
