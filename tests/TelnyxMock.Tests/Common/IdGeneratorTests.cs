using TelnyxMock.Common;

namespace TelnyxMock.Tests.Common;

public sealed class IdGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ReplicasInTheSameMillisecond_NeverMakeTheSameId()
    {
        var clock = new StillClock(Now);
        var replicas = Enumerable.Range(1, 3).Select(n => new IdGenerator(clock)).ToList();
        replicas.Select((r, i) => (r, i)).ToList().ForEach(x => x.r.UseReplicaNumber(x.i + 1));

        var ids = replicas.SelectMany(r => Enumerable.Range(0, 5000).Select(_ => r.Next())).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(19, id.ToString(System.Globalization.CultureInfo.InvariantCulture).Length));
    }

    [Fact]
    public void AReplicasIds_CarryItsNumber_AndMoveToTheNextMillisecond_AfterItsSequenceIsSpent()
    {
        var clock = new StillClock(Now);
        var ids = new IdGenerator(clock);
        ids.UseReplicaNumber(1024 + 5);

        var made = Enumerable.Range(0, 4097).Select(_ => ids.Next()).ToList();

        Assert.All(made, id => Assert.Equal(5, (id >> 12) & 1023));
        Assert.Equal(made.Order(), made);
        Assert.Equal(made[0] >> 22, made[4095] >> 22);
        Assert.Equal((made[0] >> 22) + 1, made[4096] >> 22);
    }

    [Fact]
    public void WithoutAReplicaNumber_IdsIncreaseAndStayUnique_WhenTheClockStandsStill()
    {
        var ids = new IdGenerator(new StillClock(Now));

        var made = Enumerable.Range(0, 10_000).Select(_ => ids.Next()).ToList();

        Assert.Equal(made.Order(), made);
        Assert.Equal(made.Count, made.Distinct().Count());
    }

    [Fact]
    public void IdsKeepIncreasing_WhenTheClockIsSetBack()
    {
        var clock = new MockClock(new StillClock(Now));
        var ids = new IdGenerator(clock);
        var made = new List<long> { ids.Next() };

        clock.Set(Now.AddYears(-5));
        made.Add(ids.Next());
        clock.Advance(TimeSpan.FromDays(365 * 10));
        made.Add(ids.Next());
        clock.Reset();
        made.Add(ids.Next());

        Assert.Equal(made.Order(), made);
        Assert.Equal(made.Count, made.Distinct().Count());
    }

    /// <summary>A clock that never moves: every id must come from the sequence.</summary>
    private sealed class StillClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
