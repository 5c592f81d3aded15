using Microsoft.Extensions.Options;

using TelnyxMock.Common;

namespace TelnyxMock.Control;

/// <summary>One request to a Telnyx surface as the journal keeps it; credentials are already redacted.</summary>
public sealed record JournalEntry(
    long Id,
    DateTime Time,
    string Replica,
    string? Account,
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string? Body,
    bool BodyTruncated,
    int Status,
    double DurationMs,
    long? FaultId);

/// <summary>What <c>GET /_mock/requests</c> keeps: entries whose method, path prefix and account match.</summary>
public sealed record JournalFilter(string? Method, string? PathPrefix, string? Account)
{
    public bool Matches(JournalEntry entry) =>
        (string.IsNullOrEmpty(Method) || string.Equals(entry.Method, Method, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(PathPrefix) || entry.Path.StartsWith(PathPrefix, StringComparison.Ordinal))
        && (string.IsNullOrEmpty(Account) || string.Equals(entry.Account, Account, StringComparison.Ordinal));
}

/// <summary>
/// The last <see cref="MockOptions.JournalSize"/> requests: this process's (<see cref="RequestJournal"/>), or, for
/// replicas sharing a store, every replica's (<see cref="SharedRequestJournal"/>).
/// </summary>
public interface IRequestJournal
{
    int Capacity { get; }

    bool Enabled => Capacity > 0;

    /// <summary>Stores the entry under the next id (the entry's own is ignored); the oldest entry makes room when full.</summary>
    Task AddAsync(JournalEntry entry, CancellationToken cancellationToken);

    /// <summary>The matching entries, newest first.</summary>
    Task<IReadOnlyList<JournalEntry>> ListAsync(JournalFilter filter, CancellationToken cancellationToken);

    /// <summary>Removes every entry, or only one account's; returns how many went.</summary>
    Task<int> ClearAsync(string? account, CancellationToken cancellationToken);
}

/// <summary>
/// One process's journal, in a ring buffer so a long-running mock (a CI service container) keeps bounded memory.
/// A lock is enough: the critical sections are a few copies.
/// </summary>
public sealed class RequestJournal(IOptions<MockOptions> options) : IRequestJournal
{
    private readonly Lock gate = new();
    private readonly JournalEntry?[] ring = new JournalEntry?[Math.Max(0, options.Value.JournalSize)];
    private long nextId = 1;
    private int count;
    private int head;

    public int Capacity => ring.Length;

    public Task AddAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        if (ring.Length == 0)
        {
            return Task.CompletedTask;
        }

        lock (gate)
        {
            ring[head] = entry with { Id = nextId++ };
            head = (head + 1) % ring.Length;
            count = Math.Min(count + 1, ring.Length);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JournalEntry>> ListAsync(JournalFilter filter, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<JournalEntry>>(NewestFirst().Where(filter.Matches).ToList());
        }
    }

    public Task<int> ClearAsync(string? account, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var kept = account is null
                ? []
                : NewestFirst().Where(e => e.Account != account).Reverse().ToList();
            var removed = count - kept.Count;
            Array.Clear(ring);
            head = 0;
            count = 0;
            foreach (var entry in kept)
            {
                ring[head] = entry;
                head = (head + 1) % ring.Length;
                count++;
            }

            return Task.FromResult(removed);
        }
    }

    /// <summary>Callers hold the lock.</summary>
    private IEnumerable<JournalEntry> NewestFirst()
    {
        for (var i = 1; i <= count; i++)
        {
            yield return ring[(head - i + ring.Length) % ring.Length]!;
        }
    }
}
