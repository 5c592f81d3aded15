namespace TelnyxMock.Common;

/// <summary>
/// Telnyx-like ids: 19-digit decimals ("1293384261075731499"). Milliseconds since 2010 shifted left
/// by 22 bits, plus a per-millisecond sequence, so ids are unique, never reused after a restart
/// (the clock has moved on) and increase in creation order.
/// </summary>
public sealed class IdGenerator(TimeProvider clock)
{
    private static readonly DateTimeOffset Epoch = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly Lock gate = new();
    private long last;

    public long Next()
    {
        var candidate = (clock.GetUtcNow() - Epoch).Ticks / TimeSpan.TicksPerMillisecond << 22;
        lock (gate)
        {
            last = Math.Max(candidate, last + 1);
            return last;
        }
    }
}
