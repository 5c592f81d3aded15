using TelnyxMock.Common;
using TelnyxMock.Data;

namespace TelnyxMock.Control;

/// <summary>
/// The clock kept in PostgreSQL (<c>mock_clock</c>, one row) for replicas sharing a store: its offset from real time and
/// how many times it has changed. A change is one statement whose result this replica's <see cref="MockClock"/> takes at
/// once; the others take it on their next request, whose read of the control state (<see cref="SharedControlState"/>)
/// <see cref="ClockMiddleware"/> awaits. The generation orders what each replica reads, so a read from before a change
/// never undoes it. Replicas add the offset to their own real time.
/// </summary>
public sealed class SharedClockState : IClockState
{
    private readonly PostgresStore store;
    private readonly MockClock clock;
    private readonly SharedControlState state;

    public SharedClockState(PostgresStore store, MockClock clock, SharedControlState state)
    {
        this.store = store;
        this.clock = clock;
        this.state = state;
        clock.FollowsStore = true;
    }

    public Task RefreshAsync(CancellationToken cancellationToken) => state.RefreshAsync(cancellationToken);

    public Task AdvanceAsync(TimeSpan by, CancellationToken cancellationToken) =>
        clock.AdvanceProblem(by) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(by), by, "The duration " + problem)
            : ChangeAsync("offset_ticks + $1", by.Ticks, cancellationToken);

    public Task SetAsync(DateTimeOffset instant, CancellationToken cancellationToken) =>
        MockClock.SetProblem(instant) is { } problem
            ? throw new ArgumentOutOfRangeException(nameof(instant), instant, "The instant " + problem)
            : ChangeAsync("$1", clock.OffsetAt(instant).Ticks, cancellationToken);

    public Task ResetAsync(CancellationToken cancellationToken) => ChangeAsync("$1", 0L, cancellationToken);

    private async Task ChangeAsync(string offset, long ticks, CancellationToken cancellationToken)
    {
        await using var command = store.Command(
            $"UPDATE mock_clock SET offset_ticks = {offset}, generation = generation + 1 RETURNING offset_ticks, generation, fault_generation", ticks);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (await reader.ReadAsync(cancellationToken))
        {
            state.Follow(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
        }
    }
}
