using TelnyxMock.Hosting;
using TelnyxMock.Tests.Control;

namespace TelnyxMock.Tests.Hosting;

/// <summary>
/// The warm-up answers typical requests on a private mock before a mock accepts its first request: each of them must
/// really run its endpoint (an error answer would warm little), and none may reach the mock being started.
/// </summary>
public sealed class WarmupTests
{
    [Fact]
    public async Task Warmup_EveryRequestItSends_IsAnsweredLikeTelnyxAnswersItsSuccess()
    {
        var answered = await Warmup.ServeAsync();

        Assert.NotEmpty(answered);
        Assert.All(answered, a => Assert.True(
            a.Status == (a.Request.StartsWith("POST ", StringComparison.Ordinal) ? 201 : 200),
            $"{a.Request} answered {a.Status}"));
        Assert.Contains(answered, a => a.Request.StartsWith("POST /v2/", StringComparison.Ordinal));
        Assert.Contains(answered, a => a.Request.StartsWith("GET /v2/", StringComparison.Ordinal) && a.Request.Contains('?', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_WithWarmupOn_LeavesNothingInTheMocksStoreOrJournal()
    {
        await using var app = new TelnyxMockApplication(new Dictionary<string, string?> { [Warmup.Setting] = "true" });
        var control = app.CreateClient();

        var journal = await (await control.GetAsync("/_mock/requests")).ExpectAsync(200);
        var stored = await (await app.BearerClient("KEY_warmup").GetAsync("/v2/ip_connections")).ExpectAsync(200);

        Assert.Empty(journal["requests"]!.AsArray());
        Assert.Equal(0, stored["meta"]!["total_results"].Int());
    }
}
