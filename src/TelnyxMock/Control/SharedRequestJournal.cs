using System.Text.Json;
using Microsoft.Extensions.Options;
using TelnyxMock.Data;

using TelnyxMock.Common;

namespace TelnyxMock.Control;

/// <summary>
/// The journal kept in PostgreSQL (<c>mock_journal</c>) for replicas sharing a store: every replica adds its requests
/// (with its name, <see cref="JournalEntry.Replica"/>) and every replica reads them all. Each insert also deletes what
/// fell out of the last <see cref="MockOptions.JournalSize"/> ids, in the same statement, so the table stays bounded.
/// </summary>
public sealed class SharedRequestJournal(PostgresStore store, IOptions<MockOptions> options) : IRequestJournal
{
    private const string Columns = "id, time, replica, account, method, path, query, headers, body, body_truncated, status, duration_ms, fault_id";

    public int Capacity { get; } = Math.Max(0, options.Value.JournalSize);

    public async Task AddAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        if (Capacity == 0)
        {
            return;
        }

        await using var command = store.Command(
            "WITH added AS (INSERT INTO mock_journal (time, replica, account, method, path, query, headers, body, body_truncated, status, duration_ms, fault_id) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id) " +
            "DELETE FROM mock_journal WHERE id <= (SELECT id FROM added) - $13",
            entry.Time, entry.Replica, entry.Account, entry.Method, entry.Path, entry.Query,
            JsonSerializer.Serialize(entry.Headers), entry.Body, entry.BodyTruncated, entry.Status, entry.DurationMs, entry.FaultId, (long)Capacity);
        await command.ExecuteNonQueryAsync(cancellationToken);
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
