using TelnyxMock.Common;
using TelnyxMock.Data;

namespace TelnyxMock.Control;

/// <summary>
/// The clock kept in PostgreSQL (<c>mock_clock</c>, one row) for replicas sharing a store: its offset from real time and
/// how many times it has changed. A change is one statement whose result this replica's <see cref="MockClock"/> takes at
/// once; the others take it on their next request (<see cref="ClockMiddleware"/>). The generation orders what each
/// replica reads, so a read from before a change never undoes it. Replicas add the offset to their own real time.
/// </summary>
public sealed class SharedClockState : IClockState
{
    private readonly PostgresStore store;
    private readonly MockClock clock;

    public SharedClockState(PostgresStore store, MockClock clock)
    {
        this.store = store;
        this.clock = clock;
        clock.FollowsStore = true;
    }

    public Task RefreshAsync(CancellationToken cancellationToken) =>
        FollowAsync("SELECT offset_ticks, generation FROM mock_clock", [], cancellationToken);

    public Task AdvanceAsync(TimeSpan by, CancellationToken cancellationToken) =>
        clock.AdvanceProblem(by) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(by), by, "The duration " + problem)
            : ChangeAsync("offset_ticks + $1", by.Ticks, cancellationToken);

    public Task SetAsync(DateTimeOffset instant, CancellationToken cancellationToken) =>
        MockClock.SetProblem(instant) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(instant), instant, "The instant " + problem)
            : ChangeAsync("$1", clock.OffsetAt(instant).Ticks, cancellationToken);

    public Task ResetAsync(CancellationToken cancellationToken) => ChangeAsync("$1", 0L, cancellationToken);

    private Task ChangeAsync(string offset, long ticks, CancellationToken cancellationToken) =>
        FollowAsync($"UPDATE mock_clock SET offset_ticks = {offset}, generation = generation + 1 RETURNING offset_ticks, generation", [ticks], cancellationToken);

    private async Task FollowAsync(string sql, object?[] values, CancellationToken cancellationToken)
    {
        await using var command = store.Command(sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            clock.Follow(TimeSpan.FromTicks(reader.GetInt64(0)), reader.GetInt64(1));
        }
    }
}
