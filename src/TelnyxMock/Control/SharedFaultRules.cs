using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Npgsql;
using TelnyxMock.Data;

namespace TelnyxMock.Control;

/// <summary>
/// Fault rules kept in PostgreSQL (<c>mock_fault_rules</c>), for replicas sharing a store: a rule added through any
/// replica is read by every replica on its next request. Each request reads the live rules and evaluates them as
/// <see cref="FaultRules"/> does; a rule that fires is counted with one conditional update, so "times: N" is exact across
/// replicas: a rule whose last count another replica took in the meantime does not fire.
/// </summary>
public sealed class SharedFaultRules(PostgresStore store, IFaultRandom random) : IFaultRules
{
    private const string Columns = "id, method, path, account, status, detail, retry_after, delay_ms, remaining, probability, fired";

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public async Task<FaultRuleResponse> AddAsync(FaultRuleRequest request, CancellationToken cancellationToken)
    {
        var rule = request.ToRule(0);
        await using var command = store.Command(
            $"INSERT INTO mock_fault_rules (method, path, account, status, detail, retry_after, delay_ms, remaining, probability) " +
            $"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING {Columns}",
            rule.Method, rule.Path, rule.Account, rule.Status, rule.Detail, rule.RetryAfter, rule.DelayMs, rule.Remaining, rule.Probability);
        return (await ReadAsync(command, cancellationToken))[0].ToResponse();
    }

    public async Task<IReadOnlyList<FaultRuleResponse>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = store.Command($"SELECT {Columns} FROM mock_fault_rules ORDER BY id");
        return (await ReadAsync(command, cancellationToken)).Select(r => r.ToResponse()).ToList();
    }

    public Task<int> ClearAsync(string? account, CancellationToken cancellationToken) =>
        store.ClearAsync("mock_fault_rules", account, cancellationToken);

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = store.Command("DELETE FROM mock_fault_rules WHERE id = $1", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public async ValueTask<FaultDecision?> DecideAsync(string method, string path, Func<string?> account, CancellationToken cancellationToken)
    {
        List<FaultRule> rules;
        await using (var command = store.Command(
            $"SELECT {Columns} FROM mock_fault_rules WHERE remaining IS NULL OR remaining > 0 ORDER BY id"))
        {
            rules = await ReadAsync(command, cancellationToken);
        }

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

    /// <summary>Counts one firing, unless the rule has run out (or gone) since it was read.</summary>
    private async Task<bool> SpendAsync(long id, CancellationToken cancellationToken)
    {
        await using var command = store.Command(
            "UPDATE mock_fault_rules SET fired = fired + 1, remaining = remaining - 1 WHERE id = $1 AND (remaining IS NULL OR remaining > 0)", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<List<FaultRule>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var rules = new List<FaultRule>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var path = reader.GetString(2);
            rules.Add(new FaultRule
            {
                Id = reader.GetInt64(0),
                Method = reader.IsDBNull(1) ? null : reader.GetString(1),
                Path = path,
                PathPattern = Pattern(path),
                Account = reader.IsDBNull(3) ? null : reader.GetString(3),
                Status = reader.IsDBNull(4) ? null : reader.GetInt32(4),
                Detail = reader.IsDBNull(5) ? null : reader.GetString(5),
                RetryAfter = reader.IsDBNull(6) ? null : reader.GetInt32(6),
                DelayMs = reader.GetInt32(7),
                Remaining = reader.IsDBNull(8) ? null : reader.GetInt32(8),
                Probability = reader.GetDouble(9),
                Fired = reader.GetInt32(10),
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
