namespace TelnyxMock.Common;

/// <summary>The settings under the <c>TelnyxMock</c> section (environment: <c>TelnyxMock__Name</c>).</summary>
public sealed class MockOptions
{
    public const string Section = "TelnyxMock";

    /// <summary>
    /// Accepted accounts. Empty (the default) accepts any non-empty credential and lets it name the account.
    /// </summary>
    public List<AccountOptions> Accounts { get; set; } = [];

    /// <summary>A JSON fixtures file loaded at start-up (see README); relative paths are from the working directory.</summary>
    public string? FixturesFile { get; set; }

    /// <summary>Reject unknown body fields (V2: 422, V1: 400) instead of ignoring them as Telnyx does.</summary>
    public bool Strict { get; set; }

    /// <summary>No per-request log lines: only warnings and errors, and the lines saying where the mock listens.</summary>
    public bool Quiet { get; set; }

    /// <summary>The largest request body accepted; larger ones answer 413.</summary>
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>When set, every <c>/_mock</c> request needs <c>Authorization: Bearer &lt;token&gt;</c> or <c>X-Mock-Admin-Token</c>.</summary>
    public string? AdminToken { get; set; }

    /// <summary>
    /// This process's name in the request journal (<c>replica</c> of each entry): tells which replica answered when
    /// several share a PostgreSQL store. Unset means "host name/process id".
    /// </summary>
    public string? ReplicaName { get; set; }

    /// <summary>The name <see cref="ReplicaName"/> resolves to.</summary>
    public string Replica => string.IsNullOrWhiteSpace(ReplicaName) ? $"{Environment.MachineName}/{Environment.ProcessId}" : ReplicaName.Trim();

    /// <summary>How many requests the journal keeps (the oldest go first); 0 turns the journal off.</summary>
    public int JournalSize { get; set; } = 1000;

    /// <summary>How much of each request body the journal keeps, in bytes; the rest is cut off and flagged.</summary>
    public int JournalBodyBytes { get; set; } = 16 * 1024;

    /// <summary>
    /// The secret that signs telephony credential tokens (HS256), so tests can verify them; unset means 32 random bytes
    /// drawn at start-up (give replicas of a shared store the same secret).
    /// </summary>
    public string? TokenSecret { get; set; }

    /// <summary>Seeds the randomness of fault rules with a probability, so a run can be repeated; unset means a fresh seed.</summary>
    public int? FaultSeed { get; set; }
}

public sealed class AccountOptions
{
    /// <summary>The account's name; connections belong to it.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>API keys accepted as <c>Authorization: Bearer</c> (V1 and V2) or <c>Authorization: Token</c> (V1).</summary>
    public List<string> ApiKeys { get; set; } = [];

    /// <summary>V1 <c>x-api-user</c> / <c>x-api-token</c> pairs.</summary>
    public List<V1UserOptions> V1Users { get; set; } = [];
}

public sealed class V1UserOptions
{
    public string User { get; set; } = string.Empty;

    public string Token { get; set; } = string.Empty;
}
