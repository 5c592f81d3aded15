using System.Collections.Concurrent;
using System.Diagnostics;
using TelnyxMock.Tests.V1;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// A server killed with SIGKILL in the middle of a stream of creates and updates, restarted on the same
/// database file, still has every write it acknowledged, and no connection is half-written: each update sets
/// two fields to the same token, and after the restart they still agree.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Writers = 8;

    [Fact]
    public async Task KillDuringWrites_V1_RestartKeepsEveryAcknowledgedWrite()
    {
        using var database = new TempDatabase();
        var acknowledged = new ConcurrentDictionary<string, int>();
        var attempted = new ConcurrentDictionary<string, ConcurrentBag<int>>();
        var mock = await MockProcess.StartAsync(database.Path);
        var stopwatch = Stopwatch.StartNew();
        var updates = 0;

        var writers = Enumerable.Range(0, Writers).Select(n => Task.Run(async () =>
        {
            using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", "Bearer crash"));
            var ids = new List<string>();
            for (var i = 1; ; i++)
            {
                try
                {
                    if (i % 3 == 1 || ids.Count == 0)
                    {
                        var response = await client.PostJsonAsync(V1Api.Path, Body(n * 1_000_000 + i));
                        if (response.IsSuccessStatusCode)
                        {
                            var id = (await response.ReadJsonAsync())["id"].Str();
                            acknowledged[id] = n * 1_000_000 + i;
                            ids.Add(id);
                        }
                    }
                    else
                    {
                        var id = ids[i % ids.Count];
                        var token = n * 1_000_000 + i;
                        attempted.GetOrAdd(id, _ => []).Add(token);
                        var response = await client.PutJsonAsync($"{V1Api.Path}/{id}", Body(token));
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
        while ((acknowledged.Count < 40 || Volatile.Read(ref updates) < 40) && stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        mock.Kill();
        await Task.WhenAll(writers);
        mock.Dispose();
        output.WriteLine($"killed after {stopwatch.Elapsed.TotalSeconds:0.0} s: {acknowledged.Count} creates and {updates} updates acknowledged");

        using var restarted = await MockProcess.StartAsync(database.Path);
        using var reader = restarted.Client(c => c.DefaultRequestHeaders.Add("Authorization", "Bearer crash"));
        var stored = (await reader.ListAsync("?per_page=1000")).ToDictionary(c => c!["id"].Str(), c => c!);
        output.WriteLine($"after the restart: the last acknowledged write of each of {acknowledged.Count} connections checked among {stored.Count} stored");

        Assert.True(acknowledged.Count >= 40, $"only {acknowledged.Count} connections were acknowledged before the kill");
        foreach (var (id, token) in acknowledged)
        {
            Assert.True(stored.TryGetValue(id, out var connection), $"acknowledged connection {id} was lost");
            var name = connection!["connection_name"].Str();
            var ani = connection["ani_override"].Str();
            Assert.Equal($"name-{ani}", name);
            var storedToken = int.Parse(ani);
            var laterAttempt = attempted.TryGetValue(id, out var tries) && tries.Any(t => t == storedToken && t > token);
            Assert.True(storedToken == token || laterAttempt, $"{id}: acknowledged {token}, stored {storedToken}");
        }
    }

    private static string Body(int token) => $$"""{"connection_name": "name-{{token}}", "ani_override": "{{token}}"}""";
}
