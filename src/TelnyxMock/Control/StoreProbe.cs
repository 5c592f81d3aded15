using Microsoft.EntityFrameworkCore;
using TelnyxMock.Data;

namespace TelnyxMock.Control;

/// <summary>Asks the store a trivial question; a seam so tests can stand in for a store that does not answer.</summary>
public interface IStoreProbe
{
    /// <summary>Null when the store answered, else why it did not.</summary>
    Task<string?> CheckAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Reads the schema table: it touches the database file (unlike <c>SELECT 1</c>) yet costs one page read,
/// cheap enough for a container health check every second.
/// </summary>
public sealed class SqliteStoreProbe(MockDbContext db) : IStoreProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM sqlite_master").SingleAsync(limit.Token);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"The store did not answer: {ex.Message}";
        }
    }
}
