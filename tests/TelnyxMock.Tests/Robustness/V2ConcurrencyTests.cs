using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// The V2 half of the concurrency proof: 32 clients in 4 accounts create, patch, list and delete IP connections
/// against one server with a file database. Afterwards each account's list is exactly what was acknowledged,
/// ids are unique, <c>updated_at</c> only moved forward for each connection, and no account saw another's data.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class V2ConcurrencyTests(ITestOutputHelper output)
{
    private const string Path = "/v2/ip_connections";

    [Fact]
    public async Task ManyClients_V2_KeepEveryAcknowledgedWrite_AndUpdatedAtMovesForward()
    {
        using var database = new TempDatabase();
        using var mock = await MockProcess.StartAsync(database.Path);
        var expected = new ConcurrentDictionary<string, (string Account, string Name, int Timeout)>();
        var failures = new ConcurrentBag<string>();
        var requests = 0;
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, ConcurrencyTests.Clients).Select(async n =>
        {
            var account = $"v2acct{n % 4}";
            using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", $"Bearer {account}"));
            var random = new Random(n);
            var mine = new Dictionary<string, string>();
            for (var i = 0; stopwatch.Elapsed < ConcurrencyTests.Duration || i < ConcurrencyTests.MinimumPerClient; i++)
            {
                Interlocked.Increment(ref requests);
                var roll = random.Next(10);
                if (roll < 4 || mine.Count == 0)
                {
                    var name = $"{account}-c{n}-{i}";
                    if (await Ok(await client.PostJsonAsync(Path, $$"""{"connection_name": "{{name}}"}"""), failures) is { } created)
                    {
                        var data = created["data"]!;
                        if (!expected.TryAdd(data["id"].Str(), (account, name, 3)))
                        {
                            failures.Add($"duplicate id {data["id"].Str()}");
                        }

                        mine[data["id"].Str()] = data["updated_at"].Str();
                    }
                }
                else if (roll < 7)
                {
                    var id = mine.Keys.ElementAt(random.Next(mine.Count));
                    var timeout = random.Next(1, 121);
                    if (await Ok(await client.PatchJsonAsync($"{Path}/{id}", $$$"""{"inbound": {"timeout_1xx_secs": {{{timeout}}}}}"""), failures) is { } updated)
                    {
                        var updatedAt = updated["data"]!["updated_at"].Str();
                        if (string.CompareOrdinal(updatedAt, mine[id]) <= 0)
                        {
                            failures.Add($"{id}: updated_at went from {mine[id]} to {updatedAt}");
                        }

                        mine[id] = updatedAt;
                        expected[id] = expected[id] with { Timeout = timeout };
                    }
                }
                else if (roll < 8)
                {
                    var id = mine.Keys.ElementAt(random.Next(mine.Count));
                    if (await Ok(await client.DeleteAsync($"{Path}/{id}"), failures) is not null)
                    {
                        expected.TryRemove(id, out _);
                        mine.Remove(id);
                    }
                }
                else if (await Ok(await client.GetAsync($"{Path}?page[size]=50"), failures) is { } list
                    && list["data"]!.AsArray().Any(c => !c!["connection_name"].Str().StartsWith(account + "-", StringComparison.Ordinal)))
                {
                    failures.Add($"{account} saw another account's connection");
                }
            }
        }));

        output.WriteLine($"V2: {ConcurrencyTests.Clients} clients in 4 accounts for {stopwatch.Elapsed.TotalSeconds:0.0} s: {requests} requests, "
            + $"{failures.Count} failures; {expected.Count} acknowledged connections checked against the stored lists");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
        foreach (var account in Enumerable.Range(0, 4).Select(n => $"v2acct{n}"))
        {
            using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", $"Bearer {account}"));
            var stored = new List<JsonNode>();
            for (var page = 1; ; page++)
            {
                var body = JsonNode.Parse(await client.GetStringAsync($"{Path}?page[size]=250&page[number]={page}"))!;
                stored.AddRange(body["data"]!.AsArray()!);
                if (page >= body["meta"]!["total_pages"]!.GetValue<int>())
                {
                    break;
                }
            }

            var want = expected.Where(e => e.Value.Account == account).ToDictionary(e => e.Key, e => e.Value);
            Assert.Equal(want.Keys.Order(), stored.Select(c => c["id"].Str()).Order());
            Assert.All(stored, c => Assert.Equal(want[c["id"].Str()].Timeout, c["inbound"]!["timeout_1xx_secs"]!.GetValue<int>()));
            Assert.All(stored, c => Assert.Equal(want[c["id"].Str()].Name, c["connection_name"].Str()));
        }

        Assert.True(requests > ConcurrencyTests.Clients * 10, $"only {requests} requests were made");
    }

    private static async Task<JsonNode?> Ok(HttpResponseMessage response, ConcurrentBag<string> failures)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            failures.Add($"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri!.PathAndQuery}: {(int)response.StatusCode} {text}");
            return null;
        }

        return JsonNode.Parse(text);
    }
}
