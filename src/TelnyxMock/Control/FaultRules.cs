using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

using TelnyxMock.Common;

namespace TelnyxMock.Control;

/// <summary>The randomness behind <see cref="FaultRule.Probability"/>; a seam so tests can pin it.</summary>
public interface IFaultRandom
{
    /// <summary>A number in [0, 1).</summary>
    double NextDouble();
}

/// <summary>A <see cref="Random"/> seeded from <see cref="MockOptions.FaultSeed"/> when set, so a failing run can be replayed.</summary>
public sealed class FaultRandom(IOptions<MockOptions> options) : IFaultRandom
{
    private readonly Random random = options.Value.FaultSeed is { } seed ? new Random(seed) : new Random();
    private readonly Lock gate = new();

    public double NextDouble()
    {
        lock (gate)
        {
            return random.NextDouble();
        }
    }
}

/// <summary>One fault rule as stored, with its remaining count; a <c>null</c> count means "every match".</summary>
public sealed class FaultRule
{
    public required long Id { get; init; }

    public string? Method { get; init; }

    public required string Path { get; init; }

    public string? Account { get; init; }

    public int? Status { get; init; }

    public string? Detail { get; init; }

    public int? RetryAfter { get; init; }

    public int DelayMs { get; init; }

    public int? Remaining { get; set; }

    public double Probability { get; init; } = 1;

    public int Fired { get; set; }

    public required Regex PathPattern { get; init; }

    public bool Matches(string method, string path, Func<string?> account) =>
        Remaining is null or > 0
        && (Method is null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && PathPattern.IsMatch(path)
        && (Account is null || string.Equals(Account, account(), StringComparison.Ordinal));

    /// <summary>
    /// A glob (<c>*</c> any run of characters, <c>?</c> one) as an anchored regex; the path is matched without its query.
    /// Non-backtracking, so no pattern a user writes can make matching slow.
    /// </summary>
    public static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$",
            RegexOptions.CultureInvariant | RegexOptions.Singleline | RegexOptions.NonBacktracking);
}

/// <summary>What the matching rules decided for one request: a total delay and, perhaps, a status to answer.</summary>
public sealed record FaultDecision(int DelayMs, FaultRule? Answer, long? FirstRuleId);

/// <summary>
/// The fault rules, in the order they were added: in this process (<see cref="FaultRules"/>), or in the store that
/// replicas share (<see cref="SharedFaultRules"/>), so a rule added through one replica fires on all of them.
/// </summary>
public interface IFaultRules
{
    Task<FaultRuleResponse> AddAsync(FaultRuleRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<FaultRuleResponse>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Removes every rule, or only those scoped to one account; returns how many went.</summary>
    Task<int> ClearAsync(string? account, CancellationToken cancellationToken);

    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken);

    /// <summary>
    /// Every matching rule rolls its probability; a rule that fires adds its delay and, if no earlier rule did, answers
    /// with its status. Once a status is chosen, later status rules are not consulted, so their counts are not spent
    /// on a request they did not answer. Null when no rule fired.
    /// </summary>
    ValueTask<FaultDecision?> DecideAsync(string method, string path, Func<string?> account, CancellationToken cancellationToken);
}

/// <summary>The rules of one process. Evaluation and counting happen under one lock, so "times: N" is exact under concurrency.</summary>
public sealed class FaultRules(IFaultRandom random) : IFaultRules
{
    private readonly Lock gate = new();
    private readonly List<FaultRule> rules = [];
    private long nextId = 1;

    public Task<FaultRuleResponse> AddAsync(FaultRuleRequest request, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var rule = request.ToRule(nextId++);
            rules.Add(rule);
            return Task.FromResult(rule.ToResponse());
        }
    }

    public Task<IReadOnlyList<FaultRuleResponse>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<FaultRuleResponse>>(rules.Select(r => r.ToResponse()).ToList());
        }
    }

    public Task<int> ClearAsync(string? account, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(rules.RemoveAll(r => account is null || r.Account == account));
        }
    }

    public Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(rules.RemoveAll(r => r.Id == id) > 0);
        }
    }

    public ValueTask<FaultDecision?> DecideAsync(string method, string path, Func<string?> account, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (rules.Count == 0)
            {
                return ValueTask.FromResult<FaultDecision?>(null);
            }

            var decision = new FaultDecisionBuilder();
            foreach (var rule in rules)
            {
                if (decision.Considers(rule, method, path, account, random))
                {
                    rule.Fired++;
                    rule.Remaining--;
                    decision.Fire(rule);
                }
            }

            return ValueTask.FromResult(decision.Build());
        }
    }
}

/// <summary>The evaluation both rule stores share: which rules a request considers, and what the fired ones add up to.</summary>
public sealed class FaultDecisionBuilder
{
    private int delay;
    private FaultRule? answer;
    private long? first;

    /// <summary>The rule matches, is not shadowed by an earlier answer, and won its roll: it should fire (and be counted).</summary>
    public bool Considers(FaultRule rule, string method, string path, Func<string?> account, IFaultRandom random) =>
        !(answer is not null && rule.Status is not null)
        && rule.Matches(method, path, account)
        && rule.Probability > 0
        && (rule.Probability >= 1 || random.NextDouble() < rule.Probability);

    public void Fire(FaultRule rule)
    {
        delay += rule.DelayMs;
        answer ??= rule.Status is null ? null : rule;
        first ??= rule.Id;
    }

    public FaultDecision? Build() => first is null ? null : new FaultDecision(delay, answer, first);
}
