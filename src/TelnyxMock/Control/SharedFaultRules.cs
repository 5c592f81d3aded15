using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Npgsql;
using TelnyxMock.Data;

namespace TelnyxMock.Control;

/// <summary>
/// Fault rules kept in PostgreSQL (<c>mock_fault_rules</c>), for replicas sharing a store: a rule added through any
/// replica fires on every replica's next request. Every change of the rules moves their generation (in <c>mock_clock</c>,
/// in the same statement), which each request reads with the clock before it is decided (<see cref="SharedControlState"/>,
/// awaited by <see cref="ClockMiddleware"/>, which runs before <see cref="FaultMiddleware"/>): a replica keeps the live
/// rules it read until their generation moves, so a request with no rules, or with rules it has read, asks the database
/// nothing more. A rule that fires is counted with one conditional update, so "times: N" is exact across replicas: a rule
/// whose last count another replica took in the meantime does not fire, and spending the last one moves the generation.
/// </summary>
public sealed class SharedFaultRules(PostgresStore store, SharedControlState state, IFaultRandom random) : IFaultRules
{
    private const string Columns = "id, method, path, account, status, detail, retry_after, delay_ms, remaining, probability, fired";

    /// <summary>Moves the rules' generation: a data-modifying WITH runs once, in the statement that changes the rules.</summary>
    private const string Moved = "WITH moved AS (UPDATE mock_clock SET fault_generation = fault_generation + 1) ";

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    private volatile LiveRules? live;

    public async Task<FaultRuleResponse> AddAsync(FaultRuleRequest request, CancellationToken cancellationToken)
    {
        var rule = request.ToRule(0);
        await using var command = store.Command(
            Moved + "INSERT INTO mock_fault_rules (method, path, account, status, detail, retry_after, delay_ms, remaining, probability) " +
            $"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING {Columns}",
            rule.Method, rule.Path, rule.Account, rule.Status, rule.Detail, rule.RetryAfter, rule.DelayMs, rule.Remaining, rule.Probability);
        return (await ReadAsync(command, 0, cancellationToken))[0].ToResponse();
    }

    public async Task<IReadOnlyList<FaultRuleResponse>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = store.Command($"SELECT {Columns} FROM mock_fault_rules ORDER BY id");
        return (await ReadAsync(command, 0, cancellationToken)).Select(r => r.ToResponse()).ToList();
    }

    public async Task<int> ClearAsync(string? account, CancellationToken cancellationToken)
    {
        await using var command = account is null
            ? store.Command(Moved + "DELETE FROM mock_fault_rules")
            : store.Command(Moved + "DELETE FROM mock_fault_rules WHERE account = $1", account);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = store.Command(Moved + "DELETE FROM mock_fault_rules WHERE id = $1", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async ValueTask<FaultDecision?> DecideAsync(string method, string path, Func<string?> account, CancellationToken cancellationToken)
    {
        var rules = await LiveAsync(cancellationToken);
        if (rules.Count == 0)
        {
            return null;
        }

        var decision = new FaultDecisionBuilder();
        foreach (var rule in rules)
        {
            if (decision.Considers(rule, method, path, account, random) && await SpendAsync(rule.Id, cancellationToken))
            {
                decision.Fire(rule);
            }
        }

        return decision.Build();
    }

    /// <summary>The live rules as of the newest generation this replica has read, read again (with their generation, in one statement) when it moved.</summary>
    private async Task<IReadOnlyList<FaultRule>> LiveAsync(CancellationToken cancellationToken)
    {
        var wanted = state.FaultGeneration;
        if (live is { } known && known.Generation >= wanted)
        {
            return known.Rules;
        }

        await using var command = store.Command(
            $"SELECT g.fault_generation, r.{Columns.Replace(", ", ", r.", StringComparison.Ordinal)} FROM mock_clock g " +
            "LEFT JOIN mock_fault_rules r ON r.remaining IS NULL OR r.remaining > 0 ORDER BY r.id");
        long generation = 0;
        var rules = await ReadAsync(command, 1, cancellationToken, reader => generation = reader.GetInt64(0));
        var read = new LiveRules(generation, rules);
        if (live is not { } current || current.Generation < generation)
        {
            live = read;
        }

        return rules;
    }

    /// <summary>Counts one firing, unless the rule has run out (or gone) since it was read; the last one moves the rules' generation.</summary>
    private async Task<bool> SpendAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = store.Command(
            "WITH spent AS (UPDATE mock_fault_rules SET fired = fired + 1, remaining = remaining - 1 WHERE id = $1 AND (remaining IS NULL OR remaining > 0) RETURNING remaining), " +
            "moved AS (UPDATE mock_clock SET fault_generation = fault_generation + 1 WHERE EXISTS (SELECT 1 FROM spent WHERE remaining = 0)) " +
            "SELECT count(*) FROM spent", id);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 1;
    }

    private sealed record LiveRules(long Generation, IReadOnlyList<FaultRule> Rules);

    /// <summary>The rules in the rows' columns from <paramref name="first"/> on (a row without a rule, of an outer join, is skipped); <paramref name="each"/> sees every row.</summary>
    private static async Task<List<FaultRule>> ReadAsync(NpgsqlCommand command, int first, CancellationToken cancellationToken, Action<NpgsqlDataReader>? each = null)
    {
        var rules = new List<FaultRule>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            each?.Invoke(reader);
            if (reader.IsDBNull(first))
            {
                continue;
            }

            int At(int column) => first + column;
            var path = reader.GetString(At(2));
            rules.Add(new FaultRule
            {
                Id = reader.GetInt64(At(0)),
                Method = reader.IsDBNull(At(1)) ? null : reader.GetString(At(1)),
                Path = path,
                PathPattern = Pattern(path),
                Account = reader.IsDBNull(At(3)) ? null : reader.GetString(At(3)),
                Status = reader.IsDBNull(At(4)) ? null : reader.GetInt32(At(4)),
                Detail = reader.IsDBNull(At(5)) ? null : reader.GetString(At(5)),
                RetryAfter = reader.IsDBNull(At(6)) ? null : reader.GetInt32(At(6)),
                DelayMs = reader.GetInt32(At(7)),
                Remaining = reader.IsDBNull(At(8)) ? null : reader.GetInt32(At(8)),
                Probability = reader.GetDouble(At(9)),
                Fired = reader.GetInt32(At(10)),
            });
        }

        return rules;
    }

    /// <summary>Each glob is compiled once per process; the cache is emptied rather than grown past a bound.</summary>
    private static Regex Pattern(string glob)
    {
        if (Patterns.Count > 1024)
        {
            Patterns.Clear();
        }

        return Patterns.GetOrAdd(glob, FaultRule.Glob);
    }

}
