using TelnyxMock.Common;

namespace TelnyxMock.Tests.Common;

/// <summary>The mock's clock on a real time that stands still, so every offset is exact.</summary>
public sealed class MockClockTests
{
    private static readonly DateTimeOffset RealNow = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private readonly MockClock clock = new(new StillClock(RealNow));

    [Fact]
    public void NewClock_IsRealTime()
    {
        Assert.Equal(RealNow, clock.Now);
        Assert.Equal(RealNow, clock.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, clock.Offset);
        Assert.True(clock.IsReal);
    }

    [Fact]
    public void Advance_AddsUp()
    {
        clock.Advance(TimeSpan.FromHours(2));
        clock.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(RealNow.AddHours(2.5), clock.Now);
        Assert.Equal(TimeSpan.FromHours(2.5), clock.Offset);
        Assert.False(clock.IsReal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Advance_NotForward_Throws(int seconds)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(seconds)));

        Assert.Contains("must be positive", thrown.Message, StringComparison.Ordinal);
        Assert.True(clock.IsReal);
    }

    [Fact]
    public void Advance_PastTheLatestTime_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(MockClock.Latest - RealNow));

        clock.Advance(MockClock.Latest - RealNow - TimeSpan.FromTicks(1));
        Assert.Equal(MockClock.Latest.AddTicks(-1), clock.Now);
    }

    [Fact]
    public void Set_IntoThePast_GivesANegativeOffset_AndResetReturnsToRealTime()
    {
        var past = new DateTimeOffset(2001, 2, 3, 4, 5, 6, TimeSpan.FromHours(2));

        clock.Set(past);

        Assert.Equal(past, clock.Now);
        Assert.Equal(past - RealNow, clock.Offset);
        Assert.True(clock.Offset < TimeSpan.Zero);
        clock.Reset();
        Assert.Equal(RealNow, clock.Now);
        Assert.True(clock.IsReal);
    }

    [Fact]
    public void Set_OutsideTheClocksRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Set(MockClock.Earliest.AddTicks(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.Set(MockClock.Latest));
        Assert.True(clock.IsReal);
    }

    [Fact]
    public void ConcurrentAdvances_AreAllCounted()
    {
        Parallel.For(0, 1000, _ => clock.Advance(TimeSpan.FromSeconds(1)));

        Assert.Equal(TimeSpan.FromSeconds(1000), clock.Offset);
    }

    [Fact]
    public void Follow_TakesOnlyANewerGeneration()
    {
        clock.Follow(TimeSpan.FromHours(3), 2);
        clock.Follow(TimeSpan.FromHours(1), 1);
        clock.Follow(TimeSpan.FromHours(1), 2);

        Assert.Equal(TimeSpan.FromHours(3), clock.Offset);
        Assert.Equal(2, clock.Generation);
    }

    [Fact]
    public void ClockFollowingAStore_RefusesChangesOfItsOwn()
    {
        clock.FollowsStore = true;

        Assert.Throws<InvalidOperationException>(() => clock.Advance(TimeSpan.FromHours(1)));
        Assert.Throws<InvalidOperationException>(() => clock.Set(RealNow.AddDays(1)));
        Assert.Throws<InvalidOperationException>(clock.Reset);
        Assert.True(clock.IsReal);
    }

    [Fact]
    public void TimestampsAndTimeZone_AreTheRealClocks()
    {
        var system = new MockClock();
        system.Advance(TimeSpan.FromDays(1));

        Assert.Equal(TimeProvider.System.TimestampFrequency, system.TimestampFrequency);
        Assert.InRange(system.GetElapsedTime(system.GetTimestamp()), TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Assert.Equal(TimeProvider.System.LocalTimeZone, system.LocalTimeZone);
    }

    /// <summary>A real time that never moves.</summary>
    private sealed class StillClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
