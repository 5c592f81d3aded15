using System.Text.Json;
using Microsoft.Extensions.Options;
using TelnyxMock.Data;

using TelnyxMock.Common;

namespace TelnyxMock.Control;

/// <summary>
/// The journal kept in PostgreSQL (<c>mock_journal</c>) for replicas sharing a store: every replica adds its requests
/// (with its name, <see cref="JournalEntry.Replica"/>) and every replica reads them all. A replica writes the entries of
/// the requests it answers at once in one statement, as a group commit: each entry's task completes once the statement
/// that holds it has committed (the middleware awaits it before the response starts, so a read made after the response,
/// through any replica, finds it), and entries that came while one statement ran go together in the next. The same
/// statement deletes what fell out of the last <see cref="MockOptions.JournalSize"/> ids, so the table stays bounded.
/// </summary>
public sealed class SharedRequestJournal(PostgresStore store, IOptions<MockOptions> options) : IRequestJournal
{
    private const string Columns = "id, time, replica, account, method, path, query, headers, body, body_truncated, status, duration_ms, fault_id";

    private readonly Lock gate = new();
    private List<(JournalEntry Entry, TaskCompletionSource Stored)> waiting = [];
    private bool writing;

    public int Capacity { get; } = Math.Max(0, options.Value.JournalSize);

    public Task AddAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        if (Capacity == 0)
        {
            return Task.CompletedTask;
        }

        var stored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            waiting.Add((entry, stored));
            if (!writing)
            {
                writing = true;
                _ = WriteWhileWaitingAsync();
            }
        }

        return stored.Task.WaitAsync(cancellationToken);
    }

    /// <summary>One statement at a time, with every entry that is waiting; those that come meanwhile wait for the next.</summary>
    private async Task WriteWhileWaitingAsync()
    {
        while (true)
        {
            List<(JournalEntry Entry, TaskCompletionSource Stored)> batch;
            lock (gate)
            {
                if (waiting.Count == 0)
                {
                    writing = false;
                    return;
                }

                batch = waiting;
                waiting = [];
            }

            try
            {
                await InsertAsync([.. batch.Select(b => b.Entry)]);
                batch.ForEach(b => b.Stored.SetResult());
            }
            catch (Exception exception)
            {
                batch.ForEach(b => b.Stored.SetException(exception));
            }
        }
    }

    private async Task InsertAsync(List<JournalEntry> entries)
    {
        static string?[] Texts(IEnumerable<string?> values) => [.. values.Select(v => v is null ? null : PostgresText.Storable(v))];
        await using var command = store.Command(
            "WITH added AS (INSERT INTO mock_journal (time, replica, account, method, path, query, headers, body, body_truncated, status, duration_ms, fault_id) " +
            "SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::boolean[], " +
            "$10::integer[], $11::double precision[], $12::bigint[]) RETURNING id) " +
            "DELETE FROM mock_journal WHERE id <= (SELECT max(id) FROM added) - $13",
            entries.Select(e => e.Time).ToArray(), Texts(entries.Select(e => e.Replica)), Texts(entries.Select(e => e.Account)),
            Texts(entries.Select(e => e.Method)), Texts(entries.Select(e => e.Path)), Texts(entries.Select(e => e.Query)),
            Texts(entries.Select(e => JsonSerializer.Serialize(e.Headers))), Texts(entries.Select(e => e.Body)),
            entries.Select(e => e.BodyTruncated).ToArray(), entries.Select(e => e.Status).ToArray(), entries.Select(e => e.DurationMs).ToArray(),
            entries.Select(e => e.FaultId).ToArray(), (long)Capacity);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    public async Task<IReadOnlyList<JournalEntry>> ListAsync(JournalFilter filter, CancellationToken cancellationToken)
    {
        await using var command = store.Command(
            $"SELECT {Columns} FROM mock_journal " +
            "WHERE ($1::text IS NULL OR upper(method) = upper($1)) AND ($2::text IS NULL OR left(path, length($2)) = $2) AND ($3::text IS NULL OR account = $3) " +
            "ORDER BY id DESC LIMIT $4",
            Blank(filter.Method), Blank(filter.PathPrefix), Blank(filter.Account), (long)Capacity);
        var entries = new List<JournalEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new JournalEntry(
                reader.GetInt64(0),
                DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(7)) ?? [],
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.GetBoolean(9),
                reader.GetInt32(10),
                reader.GetDouble(11),
                reader.IsDBNull(12) ? null : reader.GetInt64(12)));
        }

        return entries;
    }

    public Task<int> ClearAsync(string? account, CancellationToken cancellationToken) =>
        store.ClearAsync("mock_journal", account, cancellationToken);

    private static string? Blank(string? value) => string.IsNullOrEmpty(value) ? null : value;

}
