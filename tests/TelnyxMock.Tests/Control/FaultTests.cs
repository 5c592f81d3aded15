using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TelnyxMock.Control;
using TelnyxMock.Tests.V1;

namespace TelnyxMock.Tests.Control;

public sealed class FaultTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Fault_WithTimes2_FiresTwiceThenStops()
    {
        await app.CreateClient().AddFaultAsync("""{"method": "GET", "path": "/security/connections*", "status": 500, "times": 2}""");
        var client = app.V1Client();

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((int)(await client.GetAsync(V1Api.Path)).StatusCode);
        }

        Assert.Equal([500, 500, 200, 200], statuses);
    }

    [Fact]
    public async Task Fault_WithTimes5_FiresExactlyFiveTimesUnderConcurrentRequests()
    {
        await app.CreateClient().AddFaultAsync("""{"path": "/security/connections", "status": 500, "times": 5}""");
        var client = app.V1Client();

        var responses = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => client.GetAsync(V1Api.Path)));

        Assert.Equal(5, responses.Count(r => (int)r.StatusCode == 500));
        Assert.Equal(25, responses.Count(r => (int)r.StatusCode == 200));
    }

    [Fact]
    public async Task Fault_OnV2Path_AnswersInTheV2Envelope()
    {
        await app.CreateClient().AddFaultAsync("""{"path": "/v2/ip_connections*", "status": 503}""");

        var body = await (await app.BearerClient().GetAsync("/v2/ip_connections/123")).ExpectAsync(503);

        Assert.Equal("10007", body["errors"]![0]!["code"].Str());
    }

    [Fact]
    public async Task Fault_Answers_InTheSurfacesEnvelope()
    {
        await app.CreateClient().AddFaultAsync("""{"path": "/security/connections", "status": 500, "detail": "Boom."}""");

        var body = await (await app.V1Client().GetAsync(V1Api.Path)).ExpectAsync(500);

        Assert.False(body["success"]!.GetValue<bool>());
        Assert.Equal("Boom.", body["message"].Str());
    }

    [Fact]
    public async Task Fault_429_CarriesRetryAfter()
    {
        await app.CreateClient().AddFaultAsync("""{"path": "/security/connections", "status": 429, "retry_after": 7}""");

        var response = await app.V1Client().GetAsync(V1Api.Path);

        await response.ExpectAsync(429);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Fault_429WithoutRetryAfter_DefaultsToOneSecond()
    {
        await app.CreateClient().AddFaultAsync("""{"path": "/security/connections", "status": 429}""");

        var response = await app.V1Client().GetAsync(V1Api.Path);

        Assert.Equal(TimeSpan.FromSeconds(1), response.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Fault_OnCreate_StoresNothing()
    {
        await app.CreateClient().AddFaultAsync("""{"method": "POST", "path": "/security/connections", "status": 503, "times": 1}""");
        var client = app.V1Client();

        var response = await client.PostJsonAsync(V1Api.Path, """{"connection_name": "x"}""");

        await response.ExpectAsync(503);
        Assert.Empty(await client.ListAsync());
    }

    [Fact]
    public async Task Fault_ProbabilityZero_NeverFires()
    {
        await app.CreateClient().AddFaultAsync("""{"path": "/security/connections", "status": 500, "probability": 0}""");
        var client = app.V1Client();

        for (var i = 0; i < 20; i++)
        {
            await (await client.GetAsync(V1Api.Path)).ExpectAsync(200);
        }
    }

    [Fact]
    public async Task Fault_ProbabilityOne_AlwaysFires()
    {
        await app.CreateClient().AddFaultAsync("""{"path": "/security/connections", "status": 500, "probability": 1}""");
        var client = app.V1Client();

        for (var i = 0; i < 20; i++)
        {
            await (await client.GetAsync(V1Api.Path)).ExpectAsync(500);
        }
    }

    [Fact]
    public async Task Fault_Probability_FiresWhenTheRollIsBelowIt()
    {
        using var pinned = app.With(s => s.Replace(ServiceDescriptor.Singleton<IFaultRandom>(new SequenceRandom(0.2, 0.7, 0.49))));
        await pinned.CreateClient().AddFaultAsync("""{"path": "/security/connections", "status": 500, "probability": 0.5}""");
        var client = pinned.V1Client();

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((int)(await client.GetAsync(V1Api.Path)).StatusCode);
        }

        Assert.Equal([500, 200, 500], statuses);
    }

    [Fact]
    public async Task Fault_Latency_DelaysAtLeastTheAskedTime()
    {
        await app.CreateClient().AddFaultAsync("""{"path": "/security/connections", "delay_ms": 300}""");
        var client = app.V1Client();

        var watch = Stopwatch.StartNew();
        var response = await client.GetAsync(V1Api.Path);
        watch.Stop();

        await response.ExpectAsync(200);
        Assert.True(watch.ElapsedMilliseconds >= 300, $"Took {watch.ElapsedMilliseconds} ms.");
    }

    [Fact]
    public async Task Fault_ForOneAccount_LeavesOthersAlone()
    {
        await app.CreateClient().AddFaultAsync("""{"path": "/security/connections", "status": 500, "account": "bob"}""");

        await (await app.V1Client("alice").GetAsync(V1Api.Path)).ExpectAsync(200);
        await (await app.V1Client("bob").GetAsync(V1Api.Path)).ExpectAsync(500);
    }

    [Fact]
    public async Task Fault_MethodAndGlob_MatchOnlyTheirRequests()
    {
        await app.CreateClient().AddFaultAsync("""{"method": "DELETE", "path": "/security/connections/*", "status": 500}""");
        var client = app.V1Client();

        await (await client.GetAsync(V1Api.Path + "/123")).ExpectAsync(404);
        await (await client.DeleteAsync(V1Api.Path)).ExpectAsync(405);
        await (await client.DeleteAsync(V1Api.Path + "/123")).ExpectAsync(500);
    }

    [Fact]
    public async Task Fault_NeverAppliesToTheControlApi()
    {
        await app.CreateClient().AddFaultAsync("""{"path": "*", "status": 500}""");

        await (await app.CreateClient().GetAsync("/_mock/health")).ExpectAsync(200);
    }

    private sealed class SequenceRandom(params double[] rolls) : IFaultRandom
    {
        private int next;

        public double NextDouble() => rolls[next++ % rolls.Length];
    }
}
