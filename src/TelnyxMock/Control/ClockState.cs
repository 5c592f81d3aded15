using TelnyxMock.Common;

namespace TelnyxMock.Control;

/// <summary>
/// Where the mock's clock is changed: in this process (<see cref="ClockState"/>), or, for replicas sharing a store, in
/// the store, which every replica's <see cref="MockClock"/> follows (<see cref="SharedClockState"/>).
/// </summary>
public interface IClockState
{
    /// <summary>Brings this process's clock up to the store's; nothing to do when the clock is this process's alone.</summary>
    Task RefreshAsync(CancellationToken cancellationToken);

    /// <summary>Forward by a positive duration that keeps the clock before <see cref="MockClock.Latest"/>.</summary>
    Task AdvanceAsync(TimeSpan by, CancellationToken cancellationToken);

    Task SetAsync(DateTimeOffset instant, CancellationToken cancellationToken);

    /// <summary>Back to real time.</summary>
    Task ResetAsync(CancellationToken cancellationToken);
}

/// <summary>The clock of a mock whose store no other process shares: the <see cref="MockClock"/> itself.</summary>
public sealed class ClockState(MockClock clock) : IClockState
{
    public Task RefreshAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AdvanceAsync(TimeSpan by, CancellationToken cancellationToken)
    {
        clock.Advance(by);
        return Task.CompletedTask;
    }

    public Task SetAsync(DateTimeOffset instant, CancellationToken cancellationToken)
    {
        clock.Set(instant);
        return Task.CompletedTask;
    }

    public Task ResetAsync(CancellationToken cancellationToken)
    {
        clock.Reset();
        return Task.CompletedTask;
    }
}

/// <summary>
/// On a shared store, brings this replica's clock (and its knowledge of the fault rules' generation) up to the store's
/// before each request, so a clock moved or a rule added through any replica counts from the next request to every
/// replica (see <see cref="SharedControlState"/>).
/// </summary>
public sealed class ClockMiddleware(RequestDelegate next, IClockState clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await clock.RefreshAsync(context.RequestAborted);
        await next(context);
    }
}
