using TelnyxMock.Common;
using TelnyxMock.Data;

namespace TelnyxMock.Control;

/// <summary>
/// What each request of a replica sharing a store reads of the control API's state before it runs: the clock (its
/// offset and generation) and the generation of the fault rules, one row (<c>mock_clock</c>). Each read follows the
/// clock at once; the fault rules are read again only when their generation moved (<see cref="SharedFaultRules"/>).
/// Reads are shared: a caller joins the next read to start, never one already under way, so what it gets was in the
/// database after it asked (after any response another replica gave before this request arrived), and concurrent
/// requests share one round trip instead of making one each.
/// </summary>
public sealed class SharedControlState(PostgresStore store, MockClock clock)
{
    private readonly Lock gate = new();
    private TaskCompletionSource? next;
    private bool reading;
    private long faultGeneration = -1;

    /// <summary>The newest generation of the fault rules read so far (-1 before the first read).</summary>
    public long FaultGeneration => Interlocked.Read(ref faultGeneration);

    /// <summary>Completes once a read that started after this call has been followed.</summary>
    public Task RefreshAsync(CancellationToken cancellationToken)
    {
        Task joined;
        lock (gate)
        {
            next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            joined = next.Task;
            if (!reading)
            {
                reading = true;
                _ = ReadWhileAskedAsync();
            }
        }

        return joined.WaitAsync(cancellationToken);
    }

    /// <summary>Takes what the statement returned (offset, clock generation, fault generation): from a read, or from a change.</summary>
    public void Follow(long offsetTicks, long clockGeneration, long faults)
    {
        clock.Follow(TimeSpan.FromTicks(offsetTicks), clockGeneration);
        long known;
        while ((known = Interlocked.Read(ref faultGeneration)) < faults && Interlocked.CompareExchange(ref faultGeneration, faults, known) != known)
        {
        }
    }

    /// <summary>One read at a time; those who asked while it ran share the next.</summary>
    private async Task ReadWhileAskedAsync()
    {
        while (true)
        {
            TaskCompletionSource batch;
            lock (gate)
            {
                if (next is null)
                {
                    reading = false;
                    return;
                }

                batch = next;
                next = null;
            }

            try
            {
                await using var command = store.Command("SELECT offset_ticks, generation, fault_generation FROM mock_clock");
                await using var reader = await command.ExecuteReaderAsync(CancellationToken.None);
                if (await reader.ReadAsync(CancellationToken.None))
                {
                    Follow(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
                }

                batch.SetResult();
            }
            catch (Exception exception)
            {
                batch.SetException(exception);
            }
        }
    }
}
