using Microsoft.Data.Sqlite;
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
/// cheap enough for a container health check every second. It uses a connection of its own rather than EF, so the
/// first health check after start-up does not wait for EF to initialise.
/// </summary>
public sealed class SqliteStoreProbe(SqliteStore store) : IStoreProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Timeout);
        try
        {
            await using var connection = new SqliteConnection(store.ConnectionString);
            await connection.OpenAsync(limit.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            await command.ExecuteScalarAsync(limit.Token);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"The store did not answer: {ex.Message}";
        }
    }
}
