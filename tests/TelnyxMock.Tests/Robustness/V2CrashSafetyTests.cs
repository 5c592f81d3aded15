using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// The V2 half of the crash proof: a server killed with SIGKILL in the middle of a stream of POSTs and PATCHes on
/// <c>/v2/ip_connections</c>, restarted on the same database file, still has every write it acknowledged, and
/// nothing is half-written: each write sets <c>connection_name</c> (a column) and <c>outbound.ani_override</c>
/// (inside the JSON column) to the same token, and after the restart the two still agree.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class V2CrashSafetyTests(ITestOutputHelper output)
{
    private const string Path = "/v2/ip_connections";
    private const int Writers = 8;
    private const int Enough = 40;

    [Fact]
    public async Task KillDuringWrites_V2_RestartKeepsEveryAcknowledgedWrite()
    {
        using var database = new TempDatabase();
        var acknowledged = new ConcurrentDictionary<string, int>();
        var attempted = new ConcurrentDictionary<string, ConcurrentBag<int>>();
        var mock = await MockProcess.StartAsync(database.Path);
        var stopwatch = Stopwatch.StartNew();
        var updates = 0;

        var writers = Enumerable.Range(0, Writers).Select(n => Task.Run(async () =>
        {
            using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", "Bearer crash-v2"));
            var ids = new List<string>();
            for (var i = 1; ; i++)
            {
                var token = n * 1_000_000 + i;
                try
                {
                    if (i % 3 == 1 || ids.Count == 0)
                    {
                        var response = await client.PostJsonAsync(Path, Body(token));
                        if (response.IsSuccessStatusCode)
                        {
                            var id = (await response.ReadJsonAsync())["data"]!["id"].Str();
                            acknowledged[id] = token;
                            ids.Add(id);
                        }
                    }
                    else
                    {
                        var id = ids[i % ids.Count];
                        attempted.GetOrAdd(id, _ => []).Add(token);
                        var response = await client.PatchJsonAsync($"{Path}/{id}", Body(token));
                        if (response.IsSuccessStatusCode)
                        {
                            acknowledged[id] = token;
                            Interlocked.Increment(ref updates);
                        }
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    return; // the server is gone
                }
            }
        })).ToList();

        // Kill once enough has been acknowledged, whatever the machine's speed; writers are still mid-stream.
        while ((acknowledged.Count < Enough || Volatile.Read(ref updates) < Enough) && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        mock.Kill();
        await Task.WhenAll(writers);
        mock.Dispose();
        var killedAfter = stopwatch.Elapsed;

        using var restarted = await MockProcess.StartAsync(database.Path);
        using var reader = restarted.Client(c => c.DefaultRequestHeaders.Add("Authorization", "Bearer crash-v2"));
        var stored = await ListAllAsync(reader);

        Assert.True(acknowledged.Count >= Enough, $"only {acknowledged.Count} connections were acknowledged before the kill");
        Assert.True(updates >= Enough, $"only {updates} updates were acknowledged before the kill");
        foreach (var connection in stored.Values)
        {
            // Every stored connection, acknowledged or not, is whole: its two fields come from the same write.
            Assert.Equal($"name-{connection["outbound"]!["ani_override"].Str()}", connection["connection_name"].Str());
        }

        foreach (var (id, token) in acknowledged)
        {
            Assert.True(stored.TryGetValue(id, out var connection), $"acknowledged connection {id} was lost");
            var storedToken = int.Parse(connection!["outbound"]!["ani_override"].Str());
            var laterAttempt = attempted.TryGetValue(id, out var tries) && tries.Any(t => t == storedToken && t > token);
            Assert.True(storedToken == token || laterAttempt, $"{id}: acknowledged {token}, stored {storedToken}");
        }

        output.WriteLine($"{Writers} writers killed after {killedAfter.TotalSeconds:0.0} s with {acknowledged.Count + updates} writes acknowledged "
            + $"({acknowledged.Count} creates, {updates} updates); after the restart the last acknowledged write of each of "
            + $"{acknowledged.Count} connections was found, and {stored.Count} stored connections were whole");
    }

    private static string Body(int token) =>
        $$$"""{"connection_name": "name-{{{token}}}", "outbound": {"ani_override": "{{{token}}}"}}""";

    private static async Task<Dictionary<string, JsonNode>> ListAllAsync(HttpClient client)
    {
        var stored = new Dictionary<string, JsonNode>();
        for (var page = 1; ; page++)
        {
            var body = await (await client.GetAsync($"{Path}?page[size]=250&page[number]={page}")).ExpectAsync(200);
            foreach (var connection in body["data"]!.AsArray())
            {
                stored[connection!["id"].Str()] = connection;
            }

            if (page >= body["meta"]!["total_pages"]!.GetValue<int>())
            {
                return stored;
            }
        }
    }
}
