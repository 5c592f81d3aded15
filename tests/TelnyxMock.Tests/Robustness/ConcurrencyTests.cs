using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using TelnyxMock.Tests.V1;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// 32 clients in 4 accounts create, update, list and delete for a bounded time against one server with a
/// file database. Afterwards each account's list is exactly what was acknowledged to it: no 5xx, no lost or
/// duplicated write, unique ids, and no account ever sees another's connection.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    public const int Clients = 32;
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(6);

    /// <summary>
    /// Each client goes on past <see cref="Duration"/> until it has made this many requests, so a slow, shared machine
    /// still runs the whole mix (the run is long enough, not fast enough: speed belongs in benchmarks/).
    /// </summary>
    public const int MinimumPerClient = 12;

    [Fact]
    public async Task ManyClients_V1_KeepEveryAcknowledgedWrite()
    {
        using var database = new TempDatabase();
        using var mock = await MockProcess.StartAsync(database.Path);
        var expected = new ConcurrentDictionary<string, (string Account, string Name, string Timeout)>();
        var failures = new ConcurrentBag<string>();
        var requests = 0;
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async n =>
        {
            var account = $"acct{n % 4}";
            using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", $"Bearer {account}"));
            var random = new Random(n);
            var mine = new List<string>();
            for (var i = 0; stopwatch.Elapsed < Duration || i < MinimumPerClient; i++)
            {
                Interlocked.Increment(ref requests);
                var roll = random.Next(10);
                if (roll < 4 || mine.Count == 0)
                {
                    var name = $"{account}-c{n}-{i}";
                    var response = await client.PostJsonAsync(V1Api.Path, $$"""{"connection_name": "{{name}}"}""");
                    if (await Ok(response, failures) is { } created)
                    {
                        var id = created["id"].Str();
                        if (!expected.TryAdd(id, (account, name, "3")))
                        {
                            failures.Add($"duplicate id {id}");
                        }

                        mine.Add(id);
                    }
                }
                else if (roll < 7)
                {
                    var id = mine[random.Next(mine.Count)];
                    var timeout = random.Next(1, 21).ToString();
                    if (await Ok(await client.PutJsonAsync($"{V1Api.Path}/{id}", $$"""{"timeout_1xx": "{{timeout}}"}"""), failures) is not null)
                    {
                        expected[id] = expected[id] with { Timeout = timeout };
                    }
                }
                else if (roll < 8)
                {
                    var id = mine[random.Next(mine.Count)];
                    if (await Ok(await client.DeleteAsync($"{V1Api.Path}/{id}"), failures) is not null)
                    {
                        expected.TryRemove(id, out _);
                        mine.Remove(id);
                    }
                }
                else if (await Ok(await client.GetAsync($"{V1Api.Path}?per_page=50&filter_connection_name=acct"), failures) is JsonArray list
                    && list.Any(c => !c!["connection_name"].Str().StartsWith(account + "-", StringComparison.Ordinal)))
                {
                    failures.Add($"{account} saw another account's connection");
                }
            }
        }));

        output.WriteLine($"V1: {Clients} clients in 4 accounts for {stopwatch.Elapsed.TotalSeconds:0.0} s: {requests} requests, "
            + $"{failures.Count} failures; {expected.Count} acknowledged connections checked against the stored lists");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
        foreach (var account in Enumerable.Range(0, 4).Select(n => $"acct{n}"))
        {
            using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", $"Bearer {account}"));
            var stored = await client.ListAsync("?per_page=1000");
            var want = expected.Where(e => e.Value.Account == account).ToDictionary(e => e.Key, e => e.Value);
            Assert.Equal(want.Keys.Order(), stored.Select(c => c!["id"].Str()).Order());
            Assert.All(stored, c => Assert.Equal(want[c!["id"].Str()].Timeout, c["timeout_1xx"].Str()));
            Assert.All(stored, c => Assert.Equal(want[c!["id"].Str()].Name, c["connection_name"].Str()));
        }

        Assert.True(requests > Clients * 10, $"only {requests} requests were made");
    }

    /// <summary>Every item of a V2 list, page after page.</summary>
    internal static async Task<List<JsonNode>> AllAsync(HttpClient client, string path)
    {
        var items = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var body = await (await client.GetAsync($"{path}?page[size]=250&page[number]={page}")).ExpectAsync(200);
            items.AddRange(body["data"]!.AsArray().Select(i => i!));
            if (page >= body["meta"]!["total_pages"]!.GetValue<int>())
            {
                return items;
            }
        }
    }

    /// <summary>The body of a 2xx answer, or null with the request and its answer added to <paramref name="failures"/>.</summary>
    internal static async Task<JsonNode?> Ok(HttpResponseMessage response, ConcurrentBag<string> failures)
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
