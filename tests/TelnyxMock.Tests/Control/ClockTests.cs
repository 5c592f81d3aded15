using System.Globalization;
using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.Control;

/// <summary>The mock's clock through <c>/_mock/clock</c>: read, moved forward, set, back to real time, and reset.</summary>
public sealed class ClockTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Clock_OfANewMock_FollowsRealTime()
    {
        var before = DateTimeOffset.UtcNow.AddMilliseconds(-1);

        var clock = await (await app.CreateClient().GetAsync("/_mock/clock")).ExpectAsync(200);

        Assert.True(clock["real"]!.GetValue<bool>());
        Assert.Equal(0, clock["offset_seconds"]!.GetValue<double>());
        Assert.InRange(Time(clock["now"]), before, DateTimeOffset.UtcNow);
        Assert.EndsWith("Z", clock["now"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Advance_MovesTheCreatedAtOfWhatIsCreatedAfterwards()
    {
        var client = app.BearerClient();
        var before = await CreateProfileAsync(client, "before");

        var clock = await ChangeAsync("""{"advance": "PT2H"}""");
        var after = await CreateProfileAsync(client, "after");

        Assert.False(clock["real"]!.GetValue<bool>());
        Assert.Equal(7200, clock["offset_seconds"]!.GetValue<double>());
        Assert.InRange(Time(clock["now"]) - DateTimeOffset.UtcNow, TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1), TimeSpan.FromHours(2));
        Assert.InRange(Time(after["created_at"]) - Time(before["created_at"]), TimeSpan.FromHours(2), TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        Assert.Equal(after["created_at"].Str(), after["updated_at"].Str());
    }

    [Fact]
    public async Task Advance_Twice_AddsUp()
    {
        await ChangeAsync("""{"advance": "PT1H"}""");

        var clock = await ChangeAsync("""{"advance": "P1DT30M"}""");

        Assert.Equal(TimeSpan.FromHours(25.5).TotalSeconds, clock["offset_seconds"]!.GetValue<double>());
    }

    [Fact]
    public async Task Set_ToAPastInstant_StampsResourcesWithIt_UntilRealTimeReturns()
    {
        var client = app.BearerClient();
        var instant = new DateTimeOffset(2020, 2, 29, 12, 0, 0, TimeSpan.Zero);

        var set = await ChangeAsync("""{"set": "2020-02-29T12:00:00Z"}""");
        var past = await CreateProfileAsync(client, "past");
        var real = await ChangeAsync("""{"real": true}""");
        var present = await CreateProfileAsync(client, "present");

        Assert.False(set["real"]!.GetValue<bool>());
        Assert.True(set["offset_seconds"]!.GetValue<double>() < 0);
        Assert.InRange(Time(set["now"]), instant, instant.AddMinutes(1));
        Assert.InRange(Time(past["created_at"]), instant, instant.AddMinutes(1));
        Assert.True(real["real"]!.GetValue<bool>());
        Assert.Equal(0, real["offset_seconds"]!.GetValue<double>());
        Assert.InRange(Time(present["created_at"]), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Set_WithAnOffset_IsThatInstantInUtc()
    {
        var clock = await ChangeAsync("""{"set": "2030-01-01T02:00:00+02:00"}""");

        Assert.StartsWith("2030-01-01T00:00:0", clock["now"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_StampsFixturesWithTheMocksTime()
    {
        await ChangeAsync("""{"set": "2031-03-04T05:06:07Z"}""");

        await app.CreateClient().LoadFixturesAsync("""{"outbound_voice_profiles": [{"name": "fixed"}]}""", "?account=KEY_alice");

        var listed = await (await app.BearerClient().GetAsync("/v2/outbound_voice_profiles")).ExpectAsync(200);
        Assert.StartsWith("2031-03-04T05:0", listed["data"]![0]!["created_at"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetBack_IdsKeepIncreasing()
    {
        var client = app.BearerClient();
        var first = await CreateProfileAsync(client, "first");

        await ChangeAsync("""{"set": "2015-06-01T00:00:00Z"}""");
        var second = await CreateProfileAsync(client, "second");

        Assert.True(long.Parse(second["id"].Str(), CultureInfo.InvariantCulture) > long.Parse(first["id"].Str(), CultureInfo.InvariantCulture));
        Assert.True(Time(second["created_at"]) < Time(first["created_at"]));
    }

    [Fact]
    public async Task Reset_ReturnsTheClockToRealTime_AndSaysSo()
    {
        var control = app.CreateClient();
        await ChangeAsync("""{"advance": "P30D"}""");

        var reset = await control.ResetAsync();

        Assert.True(reset["clock_reset"]!.GetValue<bool>());
        Assert.True((await ClockAsync())["real"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("""{"account": "alice"}""")]
    [InlineData("""{"account": "alice", "clock": false}""")]
    [InlineData("""{"clock": false}""")]
    public async Task Reset_OfOneAccountOrWithoutTheClock_LeavesTheClock(string body)
    {
        await ChangeAsync("""{"advance": "PT1H"}""");

        var reset = await app.CreateClient().ResetAsync(body);

        Assert.False(reset["clock_reset"]!.GetValue<bool>());
        Assert.Equal(3600, (await ClockAsync())["offset_seconds"]!.GetValue<double>());
    }

    [Fact]
    public async Task Reset_OfOneAccountAskingForTheClock_Returns422AtClock()
    {
        await ChangeAsync("""{"advance": "PT1H"}""");

        await (await app.CreateClient().PostJsonAsync("/_mock/reset", """{"account": "alice", "clock": true}""")).ExpectPointerAsync(422, "/clock");

        Assert.False((await ClockAsync())["real"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("""{"advance": "PT1H", "speed": 2}""", "/speed")]
    [InlineData("""{"advance": "PT1H", "set": "2030-01-01T00:00:00Z"}""", "/set")]
    [InlineData("""{"set": "2030-01-01T00:00:00Z", "real": true}""", "/real")]
    [InlineData("""{}""", "/")]
    [InlineData("""{"advance": "-PT1H"}""", "/advance")]
    [InlineData("""{"advance": "PT0S"}""", "/advance")]
    [InlineData("""{"advance": "2 hours"}""", "/advance")]
    [InlineData("""{"advance": "P99999999Y"}""", "/advance")]
    [InlineData("""{"advance": "P1000000D"}""", "/advance")]
    [InlineData("""{"set": "tomorrow"}""", "/set")]
    [InlineData("""{"set": "2030-01-01"}""", "/set")]
    [InlineData("""{"set": "2030-01-01T00:00:00"}""", "/set")]
    [InlineData("""{"set": "2030-02-30T00:00:00Z"}""", "/set")]
    [InlineData("""{"set": "1969-12-31T23:59:59Z"}""", "/set")]
    [InlineData("""{"set": "3000-01-01T00:00:00Z"}""", "/set")]
    [InlineData("""{"advance": 7200}""", "/advance")]
    [InlineData("""{"set": 1893456000}""", "/set")]
    [InlineData("""{"real": "true"}""", "/real")]
    [InlineData("""{"real": null}""", "/real")]
    [InlineData("""{"real": false}""", "/real")]
    public async Task Change_BadBody_Returns422AtItsPointer_AndLeavesTheClock(string body, string pointer)
    {
        var response = await app.CreateClient().PostJsonAsync("/_mock/clock", body);

        var error = await response.ExpectPointerAsync(422, pointer);
        Assert.Equal("10015", error["errors"]![0]!["code"].Str());
        Assert.True((await ClockAsync())["real"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Change_WithoutABody_Returns422()
    {
        var body = await (await app.CreateClient().PostAsync("/_mock/clock", null)).ExpectPointerAsync(422, "/");

        Assert.Contains("advance", body["errors"]![0]!["detail"].Str(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Change_ReportsEveryFailureAtOnce()
    {
        var response = await app.CreateClient().PostJsonAsync("/_mock/clock", """{"advance": "soon", "set": "never", "real": false, "speed": 1}""");

        var body = await response.ExpectAsync(422);
        var pointers = body["errors"]!.AsArray().Select(e => e!["source"]!["pointer"].Str()).Order().ToList();
        Assert.Equal(["/advance", "/real", "/set", "/speed"], pointers);
    }

    [Fact]
    public async Task Change_NotJson_Returns400()
    {
        await (await app.CreateClient().PostJsonAsync("/_mock/clock", "{advance: PT1H}")).ExpectAsync(400);
    }

    private async Task<JsonNode> ClockAsync() => await (await app.CreateClient().GetAsync("/_mock/clock")).ExpectAsync(200);

    private async Task<JsonNode> ChangeAsync(string body) => await (await app.CreateClient().PostJsonAsync("/_mock/clock", body)).ExpectAsync(200);

    private static async Task<JsonNode> CreateProfileAsync(HttpClient client, string name) =>
        (await (await client.PostJsonAsync("/v2/outbound_voice_profiles", $$"""{"name": "{{name}}"}""")).ExpectAsync(200))["data"]!;

    private static DateTimeOffset Time(JsonNode? node) => DateTimeOffset.Parse(node.Str(), CultureInfo.InvariantCulture);
}
