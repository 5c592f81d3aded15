using TelnyxMock.Common;
using TelnyxMock.Common.Json;
using TelnyxMock.Resources;

namespace TelnyxMock.Control;

/// <summary>
/// <c>POST /_mock/reset</c>, as its checked fields read (<see cref="ControlBodies.Reset"/>). Everything is optional: no
/// body resets all data, the journal and the fault rules, and returns the clock to real time; with <c>account</c>, only
/// that account's data, journal entries and fault rules go (the clock is every account's).
/// </summary>
public sealed record ResetRequest(string? Account = null, bool? Data = null, bool? Journal = null, bool? Faults = null, bool? Clock = null) : IControlRequest
{
    public static ResourceDefinition Definition => ControlBodies.Reset;
}

/// <summary>What a reset removed, and whether it returned the clock to real time (<c>clock_reset</c>).</summary>
public sealed record ResetResponse(string? Account, IReadOnlyDictionary<string, int> Deleted, int JournalCleared, int FaultsCleared, bool ClockReset);

/// <summary>
/// <c>POST /_mock/clock</c>, as its checked fields read (<see cref="ControlBodies.Clock"/>): exactly one of
/// <see cref="Advance"/> (an ISO 8601 duration, <c>PT2H</c>), <see cref="Set"/> (an ISO 8601 instant) or
/// <see cref="Real"/> (true: back to real time). <see cref="AdvanceBy"/>, <see cref="SetTo"/> and <see cref="RealTime"/> write them.
/// </summary>
public sealed record ClockRequest(string? Advance = null, string? Set = null, bool? Real = null) : IControlRequest
{
    public static ResourceDefinition Definition => ControlBodies.Clock;

    /// <summary>Back to real time.</summary>
    public static ClockRequest RealTime { get; } = new(Real: true);

    /// <summary>Forward by <paramref name="duration"/>, written as an ISO 8601 duration.</summary>
    public static ClockRequest AdvanceBy(TimeSpan duration) => new(Advance: System.Xml.XmlConvert.ToString(duration));

    /// <summary>To <paramref name="instant"/>, written in UTC with every digit of its fraction.</summary>
    public static ClockRequest SetTo(DateTimeOffset instant) =>
        new(Set: instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>The mock's clock: its time (UTC, milliseconds), how many seconds it is from real time, and whether it follows real time.</summary>
public sealed record ClockResponse(DateTime Now, double OffsetSeconds, bool Real)
{
    public static ClockResponse Of(MockClock clock) =>
        new(clock.UtcNowMilliseconds(), Math.Round(clock.Offset.TotalSeconds, 3), clock.IsReal);
}

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
