using TelnyxMock.Tests.Control;

namespace TelnyxMock.Tests.Replicas;

/// <summary>
/// Replicas on one PostgreSQL store behave as one mock: what one writes, every other reads at once (totals included),
/// the control API's faults, journal and reset are shared, cross-row rules hold across replicas, and no two replicas
/// make the same id. (The process-level check with SIGKILL is tests/replicas.)
/// </summary>
public sealed class SharedStoreTests : IDisposable
{
    private readonly SharedStore store;

    public SharedStoreTests() => store = PostgresSchema.Server is null ? null! : new SharedStore(2);

    public void Dispose() => store?.Dispose();

    private TelnyxMockApplication A => store.Replicas[0];

    private TelnyxMockApplication B => store.Replicas[1];

    [PostgresFact]
    public async Task AWriteThroughOneReplica_IsReadByTheOther_TotalsIncluded()
    {
        var a = A.BearerClient();
        var b = B.BearerClient();
        // B lists first, so a replica that remembered its total would serve the stale one after A's writes.
        Assert.Equal(0, (await (await b.GetAsync("/v2/ip_connections")).ExpectAsync(200))["meta"]!["total_results"].Int());
        Assert.Empty((await (await B.V1Client().GetAsync("/security/connections")).ExpectAsync(200)).AsArray());

        var id = (await (await a.PostJsonAsync("/v2/ip_connections", """{"connection_name": "from-a"}""")).ExpectAsync(201))["data"]!["id"].Str();
        await (await A.V1Client().PostJsonAsync("/security/connections", """{"connection_name": "v1-from-a"}""")).ExpectAsync(200);

        Assert.Equal("from-a", (await (await b.GetAsync($"/v2/ip_connections/{id}")).ExpectAsync(200))["data"]!["connection_name"].Str());
        var listed = await (await b.GetAsync("/v2/ip_connections")).ExpectAsync(200);
        Assert.Equal(1, listed["meta"]!["total_results"].Int());
        Assert.Equal("v1-from-a", (await (await B.V1Client().GetAsync("/security/connections")).ExpectAsync(200))[0]!["connection_name"].Str());

        await (await b.PatchJsonAsync($"/v2/ip_connections/{id}", """{"inbound": {"sip_region": "Europe"}}""")).ExpectAsync(200);
        Assert.Equal("Europe", (await (await a.GetAsync($"/v2/ip_connections/{id}")).ExpectAsync(200))["data"]!["inbound"]!["sip_region"].Str());

        await (await b.DeleteAsync($"/v2/ip_connections/{id}")).ExpectAsync(200);
        Assert.Equal(404, (int)(await a.GetAsync($"/v2/ip_connections/{id}")).StatusCode);
        Assert.Equal(0, (await (await a.GetAsync("/v2/ip_connections")).ExpectAsync(200))["meta"]!["total_results"].Int());
    }

    [PostgresFact]
    public async Task RacingPartialUpdatesThroughBothReplicas_LoseNoField()
    {
        var id = (await (await A.BearerClient().PostJsonAsync("/v2/ip_connections", "{}")).ExpectAsync(201))["data"]!["id"].Str();
        string[] patches =
        [
            """{"connection_name": "raced"}""", """{"inbound": {"timeout_1xx_secs": 7}}""", """{"inbound": {"sip_region": "Europe"}}""",
            """{"outbound": {"tech_prefix": "1234"}}""", """{"dtmf_type": "Inband"}""", """{"webhook_timeout_secs": 9}""",
            """{"tags": ["raced"]}""", """{"noise_suppression": "both"}""",
        ];

        var responses = await Task.WhenAll(patches.Select((patch, i) =>
            store.Replicas[i % 2].BearerClient().PatchJsonAsync($"/v2/ip_connections/{id}", patch)));

        Assert.All(responses, r => Assert.Equal(200, (int)r.StatusCode));
        var c = (await (await B.BearerClient().GetAsync($"/v2/ip_connections/{id}")).ExpectAsync(200))["data"]!;
        Assert.Equal("raced", c["connection_name"].Str());
        Assert.Equal(7, c["inbound"]!["timeout_1xx_secs"].Int());
        Assert.Equal("Europe", c["inbound"]!["sip_region"].Str());
        Assert.Equal("1234", c["outbound"]!["tech_prefix"].Str());
        Assert.Equal("Inband", c["dtmf_type"].Str());
        Assert.Equal(9, c["webhook_timeout_secs"].Int());
        Assert.Equal("raced", c["tags"]![0].Str());
        Assert.Equal("both", c["noise_suppression"].Str());
    }

    [PostgresFact]
    public async Task OneUserName_CreatedAtOnceThroughBothReplicas_IsTakenOnce()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            store.Replicas[i % 2].BearerClient($"KEY_{i}").PostJsonAsync("/v2/credential_connections",
                $$"""{"connection_name": "c{{i}}", "user_name": "sharedname1", "password": "password1"}""")));

        Assert.Equal(1, responses.Count(r => (int)r.StatusCode == 201));
        foreach (var refused in responses.Where(r => (int)r.StatusCode != 201))
        {
            await refused.ExpectPointerAsync(422, "/user_name");
        }
    }

    [PostgresFact]
    public async Task IdsMadeAtOnceByBothReplicas_AreAllDifferent()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 60).Select(i =>
            store.Replicas[i % 2].BearerClient().PostJsonAsync(i % 3 == 0 ? "/v2/fqdn_connections" : "/v2/ip_connections", $$"""{"connection_name": "n{{i}}"}""")));

        var ids = new List<string>();
        foreach (var response in responses)
        {
            ids.Add((await response.ExpectAsync(201))["data"]!["id"].Str());
        }

        Assert.Equal(ids.Count, ids.Distinct().Count());
        var listed = await (await A.BearerClient().GetAsync("/v2/connections?page[size]=250")).ExpectAsync(200);
        Assert.Equal(60, listed["meta"]!["total_results"].Int());
        Assert.Equal(ids.Order(), listed["data"]!.AsArray().Select(c => c!["id"].Str()).Order());
    }

    [PostgresFact]
    public async Task AFaultAddedThroughOneReplica_FiresOnTheOther_AndItsCountIsSpentOnce()
    {
        var rule = await A.CreateClient().AddFaultAsync("""{"method": "GET", "path": "/v2/ip_connections", "status": 503, "times": 3}""");

        var statuses = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
            (int)(await store.Replicas[i % 2].BearerClient().GetAsync("/v2/ip_connections")).StatusCode));

        Assert.Equal(3, statuses.Count(s => s == 503));
        Assert.Equal(7, statuses.Count(s => s == 200));
        var listed = await (await B.CreateClient().GetAsync("/_mock/faults")).ExpectAsync(200);
        Assert.Equal(rule["id"]!.GetValue<long>(), listed[0]!["id"]!.GetValue<long>());
        Assert.Equal(3, listed[0]!["fired"].Int());
        Assert.Equal(0, listed[0]!["remaining"].Int());

        // Faults fire on B, one added there fires on A, and a delete through A removes it everywhere.
        var limited = await B.CreateClient().AddFaultAsync("""{"path": "/v2/ips*", "status": 429}""");
        Assert.Equal(429, (int)(await A.BearerClient().GetAsync("/v2/ips")).StatusCode);
        Assert.Equal(204, (int)(await A.CreateClient().DeleteAsync($"/_mock/faults/{limited["id"]}")).StatusCode);
        Assert.Equal(200, (int)(await B.BearerClient().GetAsync("/v2/ips")).StatusCode);
    }

    [PostgresFact]
    public async Task TheJournal_ShowsEveryReplicasRequests_WithTheReplicasName()
    {
        await (await A.BearerClient().GetAsync("/v2/ip_connections?from=a")).ExpectAsync(200);
        await (await B.BearerClient().GetAsync("/v2/ip_connections?from=b")).ExpectAsync(200);
        await A.CreateClient().AddFaultAsync("""{"path": "/v2/fqdns", "status": 500, "times": 1}""");
        Assert.Equal(500, (int)(await B.BearerClient().GetAsync("/v2/fqdns")).StatusCode);

        foreach (var replica in store.Replicas)
        {
            var entries = await replica.CreateClient().JournalAsync();
            Assert.Equal(["/v2/fqdns", "/v2/ip_connections", "/v2/ip_connections"], entries.Select(e => e!["path"].Str()));
            Assert.Equal(["replica-1", "replica-1", "replica-0"], entries.Select(e => e!["replica"].Str()));
            Assert.Equal(["", "?from=b", "?from=a"], entries.Select(e => e!["query"].Str()));
            Assert.Equal(500, entries[0]!["status"].Int());
            Assert.NotNull(entries[0]!["fault_id"]);
        }

        Assert.Single(await B.CreateClient().JournalAsync("?path=/v2/fqdns"));
        Assert.Equal(3, (await (await A.CreateClient().DeleteAsync("/_mock/requests")).ExpectAsync(200))["cleared"].Int());
        Assert.Empty(await B.CreateClient().JournalAsync());
    }

    [PostgresFact]
    public async Task AResetThroughOneReplica_ClearsWhatEveryReplicaServes()
    {
        await (await A.BearerClient().PostJsonAsync("/v2/ip_connections", """{"connection_name": "gone"}""")).ExpectAsync(201);
        await (await A.BearerClient("KEY_kept").PostJsonAsync("/v2/ip_connections", """{"connection_name": "kept"}""")).ExpectAsync(201);
        await B.CreateClient().AddFaultAsync("""{"path": "/nowhere", "status": 500, "account": "KEY_alice"}""");

        var reset = await B.CreateClient().ResetAsync("""{"account": "KEY_alice"}""");

        Assert.Equal(1, reset["faults_cleared"].Int());
        Assert.Equal(1, reset["journal_cleared"].Int());
        Assert.Equal(0, (await (await A.BearerClient().GetAsync("/v2/ip_connections")).ExpectAsync(200))["meta"]!["total_results"].Int());
        Assert.Equal(1, (await (await A.BearerClient("KEY_kept").GetAsync("/v2/ip_connections")).ExpectAsync(200))["meta"]!["total_results"].Int());

        await A.CreateClient().ResetAsync();
        Assert.Equal(0, (await (await B.BearerClient("KEY_kept").GetAsync("/v2/ip_connections")).ExpectAsync(200))["meta"]!["total_results"].Int());
        Assert.Empty((await (await B.CreateClient().GetAsync("/_mock/faults")).ExpectAsync(200)).AsArray());
    }

    [PostgresFact]
    public async Task ReplicasStartingAtOnceOnAnEmptySchema_CreateItOnce_AndAllServe()
    {
        var late = Enumerable.Range(0, 4).Select(i => store.Replica($"late-{i}")).ToList();
        try
        {
            // The two replicas of the fixture have not started yet either (a factory starts on first use): six at once.
            var apps = late.Concat(store.Replicas).ToList();
            var health = await Task.WhenAll(apps.Select(app => Task.Run(() => app.CreateClient().GetAsync("/_mock/health"))));

            foreach (var response in health)
            {
                Assert.Equal("postgres", (await response.ExpectAsync(200))["store"].Str());
            }

            var id = (await (await late[3].BearerClient().PostJsonAsync("/v2/ips", """{"ip_address": "192.0.2.1"}""")).ExpectAsync(201))["data"]!["id"].Str();
            await (await A.BearerClient().GetAsync($"/v2/ips/{id}")).ExpectAsync(200);
        }
        finally
        {
            late.ForEach(app => app.Dispose());
        }
    }
}
