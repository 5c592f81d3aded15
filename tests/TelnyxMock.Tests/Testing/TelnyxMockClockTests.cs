using System.Net;
using TelnyxMock.Testing;

namespace TelnyxMock.Tests.Testing;

/// <summary>The in-process mock's clock: moved through the typed control client, or directly through <see cref="TelnyxMockServer.Clock"/>.</summary>
public sealed class TelnyxMockClockTests
{
    [Fact]
    public async Task Control_ReadsAdvancesSetsAndReturnsToRealTime()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync();

        var start = await telnyx.Control.GetClockAsync();
        var advanced = await telnyx.Control.AdvanceClockAsync(TimeSpan.FromDays(1));
        var set = await telnyx.Control.SetClockAsync(new DateTimeOffset(2031, 5, 6, 7, 8, 9, TimeSpan.FromHours(-4)));
        var real = await telnyx.Control.UseRealTimeAsync();

        Assert.True(start.Real);
        Assert.Equal(DateTimeKind.Utc, start.Now.Kind);
        Assert.Equal((86400d, false), (advanced.OffsetSeconds, advanced.Real));
        Assert.InRange(set.Now, new DateTime(2031, 5, 6, 11, 8, 9, DateTimeKind.Utc), new DateTime(2031, 5, 6, 11, 9, 9, DateTimeKind.Utc));
        Assert.True(set.OffsetSeconds > 0);
        Assert.Equal((0d, true), (real.OffsetSeconds, real.Real));
        Assert.Equal(telnyx.Clock.Now.UtcDateTime, real.Now, TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Control_ABackwardAdvance_ThrowsWithItsPointer()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync();

        var thrown = await Assert.ThrowsAsync<TelnyxMockControlException>(() => telnyx.Control.AdvanceClockAsync(TimeSpan.FromHours(-1)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, thrown.Status);
        Assert.Contains("/advance: advance must be a positive ISO 8601 duration", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clock_MovesTimeWithoutARequest_AndAResetReturnsIt()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync();
        using var client = telnyx.CreateClient();

        telnyx.Clock.Set(new DateTimeOffset(2029, 12, 31, 23, 0, 0, TimeSpan.Zero));
        telnyx.Clock.Advance(TimeSpan.FromHours(2));
        var profile = await (await client.PostJsonAsync("/v2/outbound_voice_profiles", """{"name": "new-year"}""")).ExpectAsync(200);
        var seen = await telnyx.Control.GetClockAsync();
        var offset = telnyx.Clock.Offset;
        var reset = await telnyx.Control.ResetAsync();

        Assert.StartsWith("2030-01-01T01:0", profile["data"]!["created_at"].Str(), StringComparison.Ordinal);
        Assert.False(seen.Real);
        Assert.Equal(Math.Round(offset.TotalSeconds, 3), seen.OffsetSeconds);
        Assert.True(reset.ClockReset);
        Assert.True(telnyx.Clock.IsReal);
    }

    [Fact]
    public async Task ResetOfOneAccount_LeavesTheClock()
    {
        await using var telnyx = await TelnyxMockServer.StartAsync();
        telnyx.Clock.Advance(TimeSpan.FromMinutes(5));

        var reset = await telnyx.Control.ResetAsync("alice");

        Assert.False(reset.ClockReset);
        Assert.Equal(TimeSpan.FromMinutes(5), telnyx.Clock.Offset);
    }

    [Fact]
    public async Task TwoServers_HaveClocksOfTheirOwn()
    {
        await using var first = await TelnyxMockServer.StartAsync();
        await using var second = await TelnyxMockServer.StartAsync();

        first.Clock.Advance(TimeSpan.FromDays(3));

        Assert.True(second.Clock.IsReal);
        Assert.True((await second.Control.GetClockAsync()).Real);
        Assert.Equal(259200d, (await first.Control.GetClockAsync()).OffsetSeconds);
    }
}
