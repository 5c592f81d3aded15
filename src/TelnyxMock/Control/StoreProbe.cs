using TelnyxMock.Data;

namespace TelnyxMock.Control;

/// <summary>Asks the store a trivial question; a seam so tests can stand in for a store that does not answer.</summary>
public interface IStoreProbe
{
    /// <summary>Null when the store answered, else why it did not.</summary>
    Task<string?> CheckAsync(CancellationToken cancellationToken);
}

/// <summary>Asks the configured store (<see cref="MockStore.ProbeAsync"/>), giving up after two seconds.</summary>
public sealed class StoreProbe(MockStore store) : IStoreProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            return await store.ProbeAsync(limit.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"The store did not answer: {ex.Message}";
        }
    }
}
