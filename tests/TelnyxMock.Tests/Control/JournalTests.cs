using System.Net.Http.Headers;
using TelnyxMock.Tests.V1;

namespace TelnyxMock.Tests.Control;

public sealed class JournalTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Journal_RecordsTimeAccountMethodPathQueryBodyStatusAndDuration()
    {
        var before = DateTime.UtcNow.AddSeconds(-1);
        await app.V1Client("alice").CreateAsync("""{"connection_name": "Office"}""");
        await app.V1Client("alice").ListAsync("?page=1");

        var entries = await app.CreateClient().JournalAsync();

        Assert.Equal(2, entries.Count);
        var (list, create) = (entries[0]!, entries[1]!);
        Assert.Equal("GET", list["method"].Str());
        Assert.Equal("?page=1", list["query"].Str());
        Assert.Equal("POST", create["method"].Str());
        Assert.Equal(V1Api.Path, create["path"].Str());
        Assert.Equal("""{"connection_name": "Office"}""", create["body"].Str());
        Assert.Equal(200, create["status"].Int());
        Assert.Equal("alice", create["account"].Str());
        Assert.True(create["duration_ms"]!.GetValue<double>() >= 0);
        Assert.True(DateTime.Parse(create["time"].Str()).ToUniversalTime() >= before);
    }

    [Fact]
    public async Task Journal_IsNewestFirst()
    {
        var client = app.V1Client();
        await client.GetAsync(V1Api.Path + "/1");
        await client.GetAsync(V1Api.Path + "/2");
        await client.GetAsync(V1Api.Path + "/3");

        var paths = (await app.CreateClient().JournalAsync()).Select(e => e!["path"].Str());

        Assert.Equal([V1Api.Path + "/3", V1Api.Path + "/2", V1Api.Path + "/1"], paths);
    }

    [Fact]
    public async Task Journal_FiltersByMethodPathPrefixAndAccount()
    {
        await app.V1Client("alice").CreateNamedAsync("a");
        await app.V1Client("alice").GetAsync(V1Api.Path + "/42");
        await app.V1Client("bob").ListAsync();
        await app.BearerClient("KEY_carol").GetAsync("/v2/ip_connections");
        var control = app.CreateClient();

        var posts = await control.JournalAsync("?method=post");
        var byPath = await control.JournalAsync("?path=/security/connections/");
        var bobs = await control.JournalAsync("?account=bob");
        var combined = await control.JournalAsync("?method=GET&path=/security&account=alice");

        Assert.Equal(["POST"], posts.Select(e => e!["method"].Str()));
        Assert.Equal([V1Api.Path + "/42"], byPath.Select(e => e!["path"].Str()));
        Assert.Equal(["bob"], bobs.Select(e => e!["account"].Str()));
        Assert.Equal([V1Api.Path + "/42"], combined.Select(e => e!["path"].Str()));
    }

    [Fact]
    public async Task Journal_RedactsCredentialsButShowsTheAccount()
    {
        using var configured = new TelnyxMockApplication(new Dictionary<string, string?>
        {
            ["TelnyxMock:Accounts:0:Name"] = "acme",
            ["TelnyxMock:Accounts:0:ApiKeys:0"] = "KEY_very_secret",
            ["TelnyxMock:Accounts:0:V1Users:0:User"] = "acme-user",
            ["TelnyxMock:Accounts:0:V1Users:0:Token"] = "token-very-secret",
        });
        await configured.V1Client("acme-user", "token-very-secret").CreateNamedAsync("x");
        await configured.BearerClient("KEY_very_secret").ListAsync();
        var token = configured.CreateClient();
        token.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", "KEY_very_secret");
        await token.ListAsync();

        var response = await configured.CreateClient().GetAsync("/_mock/requests");
        var text = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("very_secret", text);
        Assert.DoesNotContain("token-very-secret", text);
        Assert.DoesNotContain("acme-user", text);
        var entries = (await response.ExpectAsync(200))["requests"]!.AsArray();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal("acme", e!["account"].Str()));
        Assert.Equal("Bearer [redacted]", entries[1]!["headers"]!["authorization"].Str());
        Assert.Equal("[redacted]", entries[2]!["headers"]!["x-api-token"].Str());
    }

    [Fact]
    public async Task Journal_RecordsRejectedRequestsWithoutAnAccount()
    {
        await app.CreateClient().GetAsync(V1Api.Path);

        var entry = (await app.CreateClient().JournalAsync()).Single()!;

        Assert.Equal(401, entry["status"].Int());
        Assert.Null(entry["account"]);
    }

    [Fact]
    public async Task Journal_LeavesOutControlAndSwaggerRequests()
    {
        var control = app.CreateClient();
        await control.GetAsync("/_mock/health");
        await control.GetAsync("/swagger/control/swagger.json");
        await app.V1Client().ListAsync();

        var entries = await control.JournalAsync();

        Assert.Equal([V1Api.Path], entries.Select(e => e!["path"].Str()));
    }

    [Fact]
    public async Task Journal_KeepsOnlyTheNewestJournalSizeEntries()
    {
        using var small = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:JournalSize"] = "3" });
        var client = small.V1Client();
        for (var i = 1; i <= 5; i++)
        {
            await client.GetAsync($"{V1Api.Path}/{i}");
        }

        var response = await (await small.CreateClient().GetAsync("/_mock/requests")).ExpectAsync(200);

        Assert.Equal(3, response["capacity"].Int());
        Assert.Equal([5, 4, 3], response["requests"]!.AsArray().Select(e => int.Parse(e!["path"].Str().Split('/').Last())));
    }

    [Fact]
    public async Task Journal_CutsLongBodiesAtJournalBodyBytes()
    {
        using var small = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:JournalBodyBytes"] = "10" });
        await small.V1Client().CreateNamedAsync("A long enough name");

        var entry = (await small.CreateClient().JournalAsync()).Single()!;

        Assert.Equal("""{"connecti""", entry["body"].Str());
        Assert.True(entry["body_truncated"]!.GetValue<bool>());
        Assert.Equal(200, entry["status"].Int());
    }

    [Fact]
    public async Task Journal_Delete_ClearsIt()
    {
        await app.V1Client().ListAsync();
        var control = app.CreateClient();

        var cleared = await (await control.DeleteAsync("/_mock/requests")).ExpectAsync(200);

        Assert.Equal(1, cleared["cleared"].Int());
        Assert.Empty(await control.JournalAsync());
    }

    [Fact]
    public async Task Journal_RecordsFaultedRequestsWithTheRule()
    {
        var control = app.CreateClient();
        var rule = await control.AddFaultAsync("""{"method": "GET", "path": "/security/connections", "status": 503}""");
        await app.V1Client("alice").GetAsync(V1Api.Path);

        var entry = (await control.JournalAsync()).Single()!;

        Assert.Equal(503, entry["status"].Int());
        Assert.Equal(rule["id"].Int(), entry["fault_id"].Int());
        Assert.Equal("alice", entry["account"].Str());
    }
}
