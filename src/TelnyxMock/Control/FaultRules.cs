using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using TelnyxMock.Hosting;

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

/// <summary>The fault rules in the order they were added. Evaluation and counting happen under one lock, so "times: N" is exact under concurrency.</summary>
public sealed class FaultRules(IFaultRandom random)
{
    private readonly Lock gate = new();
    private readonly List<FaultRule> rules = [];
    private long nextId = 1;

    public FaultRule Add(Func<long, FaultRule> create)
    {
        lock (gate)
        {
            var rule = create(nextId++);
            rules.Add(rule);
            return rule;
        }
    }

    public IReadOnlyList<FaultRuleResponse> List()
    {
        lock (gate)
        {
            return rules.Select(r => r.ToResponse()).ToList();
        }
    }

    public bool IsEmpty
    {
        get
        {
            lock (gate)
            {
                return rules.Count == 0;
            }
        }
    }

    /// <summary>Removes every rule, or only those scoped to one account; returns how many went.</summary>
    public int Clear(string? account = null)
    {
        lock (gate)
        {
            return rules.RemoveAll(r => account is null || r.Account == account);
        }
    }

    public bool Remove(long id)
    {
        lock (gate)
        {
            return rules.RemoveAll(r => r.Id == id) > 0;
        }
    }

    /// <summary>
    /// Every matching rule rolls its probability; a rule that fires adds its delay and, if no earlier rule
    /// did, answers with its status. Once a status is chosen, later status rules are not consulted, so their
    /// counts are not spent on a request they did not answer.
    /// </summary>
    public FaultDecision? Decide(string method, string path, Func<string?> account)
    {
        lock (gate)
        {
            var delay = 0;
            FaultRule? answer = null;
            long? first = null;
            foreach (var rule in rules)
            {
                if ((answer is not null && rule.Status is not null) || !rule.Matches(method, path, account))
                {
                    continue;
                }

                if (rule.Probability <= 0 || (rule.Probability < 1 && random.NextDouble() >= rule.Probability))
                {
                    continue;
                }

                rule.Fired++;
                rule.Remaining--;
                delay += rule.DelayMs;
                answer ??= rule.Status is null ? null : rule;
                first ??= rule.Id;
            }

            return first is null ? null : new FaultDecision(delay, answer, first);
        }
    }
}
