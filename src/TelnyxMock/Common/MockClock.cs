namespace TelnyxMock.Common;

/// <summary>
/// The mock's clock, the <see cref="TimeProvider"/> every timestamp and expiry reads: real time plus an offset that the
/// control API (<c>/_mock/clock</c>) and the in-process library set and advance, and a reset returns to zero. Only the
/// time of day moves: <see cref="GetTimestamp"/> and timers stay real, so a fault's delay or a measured duration is not
/// stretched by a jump. The clock stays between <see cref="Earliest"/> and <see cref="Latest"/>, which no timestamp the
/// mock writes outgrows however long it runs.
/// </summary>
public sealed class MockClock(TimeProvider real) : TimeProvider
{
    public static readonly DateTimeOffset Earliest = new(1970, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset Latest = new(3000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Lock gate = new();
    private long offsetTicks;

    /// <summary>A clock on the system's real time.</summary>
    public MockClock()
        : this(System)
    {
    }

    /// <summary>The time this clock adds its offset to.</summary>
    public TimeProvider Real => real;

    /// <summary>The mock's current time.</summary>
    public DateTimeOffset Now => GetUtcNow();

    /// <summary>How far the mock's time is from real time; negative when it was set into the past.</summary>
    public TimeSpan Offset => new(Interlocked.Read(ref offsetTicks));

    /// <summary>The clock follows real time: never moved, or reset since.</summary>
    public bool IsReal => Offset == TimeSpan.Zero;

    /// <summary>
    /// The clock follows the shared store's (replicas sharing a PostgreSQL store): it changes only through the store,
    /// with the control API, so that every replica reads the same time.
    /// </summary>
    internal bool FollowsStore { get; set; }

    /// <summary>How many changes of the shared store's clock this one has taken (see <see cref="Follow"/>).</summary>
    internal long Generation { get; private set; }

    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    public override long TimestampFrequency => real.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => real.GetUtcNow() + Offset;

    public override long GetTimestamp() => real.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        real.CreateTimer(callback, state, dueTime, period);

    /// <summary>Moves the clock forward; <paramref name="by"/> must be positive and keep the clock before <see cref="Latest"/>.</summary>
    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            EnsureLocal();
            if (AdvanceProblem(by) is { } problem)
            {
                throw new ArgumentOutOfRangeException(nameof(by), by, "The duration " + problem);
            }

            Interlocked.Add(ref offsetTicks, by.Ticks);
        }
    }

    /// <summary>Puts the clock at <paramref name="instant"/>, past or future (between <see cref="Earliest"/> and <see cref="Latest"/>); it runs on from there.</summary>
    public void Set(DateTimeOffset instant)
    {
        if (SetProblem(instant) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(instant), instant, "The instant " + problem);
        }

        lock (gate)
        {
            EnsureLocal();
            Interlocked.Exchange(ref offsetTicks, OffsetAt(instant).Ticks);
        }
    }

    /// <summary>Back to real time.</summary>
    public void Reset()
    {
        lock (gate)
        {
            EnsureLocal();
            Interlocked.Exchange(ref offsetTicks, 0);
        }
    }

    /// <summary>What is wrong with moving the clock forward by <paramref name="by"/>, said of the duration; null when nothing is.</summary>
    internal string? AdvanceProblem(TimeSpan by) =>
        by <= TimeSpan.Zero ? "must be positive: the clock only moves forward."
        : by >= Latest - Now ? $"would take the clock past {Latest:yyyy-MM-dd'T'HH:mm:ss'Z'}, where the mock's time ends."
        : null;

    /// <summary>What is wrong with putting the clock at <paramref name="instant"/>, said of the instant; null when nothing is.</summary>
    internal static string? SetProblem(DateTimeOffset instant) =>
        instant < Earliest || instant >= Latest
            ? $"must be from {Earliest:yyyy-MM-dd'T'HH:mm:ss'Z'} to before {Latest:yyyy-MM-dd'T'HH:mm:ss'Z'}."
            : null;

    /// <summary>The offset that puts the clock at <paramref name="instant"/> now.</summary>
    internal TimeSpan OffsetAt(DateTimeOffset instant) => instant - real.GetUtcNow();

    /// <summary>
    /// Takes the shared store's clock: its offset, after <paramref name="generation"/> changes. An older generation than
    /// one already taken is ignored, so a request that read the store before a change cannot undo it.
    /// </summary>
    internal void Follow(TimeSpan offset, long generation)
    {
        lock (gate)
        {
            if (generation > Generation)
            {
                Generation = generation;
                Interlocked.Exchange(ref offsetTicks, offset.Ticks);
            }
        }
    }

    private void EnsureLocal()
    {
        if (FollowsStore)
        {
            throw new InvalidOperationException(
                "This mock shares its store with other replicas: move its clock through the control API (POST /_mock/clock, or " +
                "TelnyxMockControl's clock methods), so that every replica follows.");
        }
    }
}
