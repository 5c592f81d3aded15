using Microsoft.Extensions.Options;
using TelnyxMock.Hosting;

namespace TelnyxMock.Control;

/// <summary>One request to a Telnyx surface as the journal keeps it; credentials are already redacted.</summary>
public sealed record JournalEntry(
    long Id,
    DateTime Time,
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
/// The last <see cref="MockOptions.JournalSize"/> requests, in a ring buffer so a long-running mock
/// (a CI service container) keeps bounded memory. A lock is enough: the critical sections are a few copies.
/// </summary>
public sealed class RequestJournal(IOptions<MockOptions> options)
{
    private readonly Lock gate = new();
    private readonly JournalEntry?[] ring = new JournalEntry?[Math.Max(0, options.Value.JournalSize)];
    private long nextId = 1;
    private int count;
    private int head;

    public int Capacity => ring.Length;

    public bool Enabled => ring.Length > 0;

    /// <summary>Stores an entry built around the next id; the oldest entry makes room when the buffer is full.</summary>
    public void Add(Func<long, JournalEntry> create)
    {
        if (!Enabled)
        {
            return;
        }

        lock (gate)
        {
            ring[head] = create(nextId++);
            head = (head + 1) % ring.Length;
            count = Math.Min(count + 1, ring.Length);
        }
    }

    /// <summary>The matching entries, newest first.</summary>
    public IReadOnlyList<JournalEntry> List(JournalFilter filter)
    {
        lock (gate)
        {
            return NewestFirst().Where(filter.Matches).ToList();
        }
    }

    /// <summary>Removes every entry, or only one account's; returns how many went.</summary>
    public int Clear(string? account = null)
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

            return removed;
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
