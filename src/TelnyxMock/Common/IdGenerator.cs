namespace TelnyxMock.Common;

/// <summary>
/// Telnyx-like ids: 19-digit decimals ("1293384261075731499"). Milliseconds since 2010 shifted left by 22 bits, plus a
/// per-millisecond sequence, so ids are unique, never reused after a restart (the clock has moved on) and increase in
/// creation order. Replicas sharing one store (<see cref="UseReplicaNumber"/>) split the 22 bits: 10 for the replica's
/// number, which the store hands out at start-up, and 12 (4,096 ids a millisecond) for the sequence, so two replicas
/// never make the same id, even in the same millisecond. The mock gives it real time (<see cref="MockClock.Real"/>), not
/// its movable clock: ids made while that clock ran ahead must not come again once it is back, after a restart too.
/// </summary>
public sealed class IdGenerator(TimeProvider clock)
{
    private const int SequenceBits = 12;
    private const long Replicas = 1 << 10;
    private static readonly DateTimeOffset Epoch = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Lock gate = new();
    private long last;
    private long? replica;

    /// <summary>From now on, ids carry this replica's number (modulo 1,024) in bits 12–21.</summary>
    public void UseReplicaNumber(long number)
    {
        lock (gate)
        {
            replica = ((number % Replicas) + Replicas) % Replicas;
        }
    }

    public long Next()
    {
        var millisecond = (clock.GetUtcNow() - Epoch).Ticks / TimeSpan.TicksPerMillisecond;
        lock (gate)
        {
            if (replica is not { } number)
            {
                last = Math.Max(millisecond << 22, last + 1);
                return last;
            }

            var slot = number << SequenceBits;
            last = Math.Max(millisecond << 22 | slot, last + 1);
            if ((last & ((Replicas - 1) << SequenceBits)) != slot)
            {
                // This millisecond's 4,096 ids are spent: take the next millisecond's first.
                last = ((last >> 22) + 1) << 22 | slot;
            }

            return last;
        }
    }
}
