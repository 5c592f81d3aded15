using TelnyxMock.Tests.Control;

namespace TelnyxMock.Tests.Replicas;

/// <summary>
/// What replicas keep of the control API's state between requests (the fault rules they read last, the journal
/// entries they write together) never shows: a rule changed through one replica counts from the other's next request,
/// and every answered request is in the journal for a read made through any replica after the answer.
/// </summary>
public sealed class SharedControlTests : IDisposable
{
    private readonly SharedStore store;

    public SharedControlTests() => store = PostgresSchema.Server is null ? null! : new SharedStore(2);

    public void Dispose() => store?.Dispose();

    private TelnyxMockApplication A => store.Replicas[0];

    private TelnyxMockApplication B => store.Replicas[1];

    [PostgresFact]
    public async Task RulesChangedThroughOneReplica_CountFromTheOthersNextRequest()
    {
        var b = B.BearerClient();
        // B has read the rules (none) before each change through A.
        Assert.Equal(200, await StatusAsync(b, "/v2/fqdns"));

        var rule = await A.CreateClient().AddFaultAsync("""{"path": "/v2/fqdns", "status": 503, "times": 2}""");
        Assert.Equal(503, await StatusAsync(b, "/v2/fqdns"));
        Assert.Equal(503, await StatusAsync(A.BearerClient(), "/v2/fqdns"));
        Assert.Equal(200, await StatusAsync(b, "/v2/fqdns"));
        Assert.Equal(200, await StatusAsync(A.BearerClient(), "/v2/fqdns"));
        Assert.Equal(2, (await (await B.CreateClient().GetAsync("/_mock/faults")).ExpectAsync(200))[0]!["fired"].Int());

        var every = await A.CreateClient().AddFaultAsync("""{"path": "/v2/fqdns", "status": 429}""");
        Assert.Equal(429, await StatusAsync(b, "/v2/fqdns"));
        Assert.Equal(204, (int)(await A.CreateClient().DeleteAsync($"/_mock/faults/{every["id"]}")).StatusCode);
        Assert.Equal(200, await StatusAsync(b, "/v2/fqdns"));

        await A.CreateClient().AddFaultAsync("""{"path": "/v2/fqdns", "status": 500}""");
        Assert.Equal(500, await StatusAsync(b, "/v2/fqdns"));
        await A.CreateClient().ResetAsync();
        Assert.Equal(200, await StatusAsync(b, "/v2/fqdns"));
        Assert.NotNull(rule["id"]);
    }

    [PostgresFact]
    public async Task ARuleOfTimesN_FiresNTimes_UnderConcurrentRequestsToBothReplicas()
    {
        // Both replicas have read the rules before the rule exists.
        Assert.Equal(200, await StatusAsync(A.BearerClient(), "/v2/ips"));
        Assert.Equal(200, await StatusAsync(B.BearerClient(), "/v2/ips"));
        await B.CreateClient().AddFaultAsync("""{"path": "/v2/ips", "status": 429, "times": 7}""");

        var statuses = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => StatusAsync(store.Replicas[i % 2].BearerClient(), "/v2/ips")));

        Assert.Equal(7, statuses.Count(s => s == 429));
        Assert.Equal(33, statuses.Count(s => s == 200));
    }

    [PostgresFact]
    public async Task EveryAnsweredRequest_IsInTheJournal_ForAReadThroughTheOtherReplicaRightAfter()
    {
        var reads = await Task.WhenAll(Enumerable.Range(0, 32).Select(async i =>
        {
            var account = $"KEY_journal{i}";
            var status = await StatusAsync(A.BearerClient(account), "/v2/ip_connections");
            var entries = await B.CreateClient().JournalAsync($"?account={account}");
            return (status, entries.Count);
        }));

        Assert.All(reads, read => Assert.Equal((200, 1), read));
        Assert.Equal(32, (await A.CreateClient().JournalAsync()).Count);
    }

    private static async Task<int> StatusAsync(HttpClient client, string path) => (int)(await client.GetAsync(path)).StatusCode;
}
