using Microsoft.EntityFrameworkCore.Storage;

namespace TelnyxMock.Data;

/// <summary>
/// What a write transaction holds on a shared store besides the rows it writes, which is what its rules read of other
/// rows: nothing (a create whose checks read no other row, or only unique indexes' values), an account (links, limits,
/// what an update shows or a delete clears: every rule within an account), or the whole database (fixtures, a reset).
/// </summary>
public readonly record struct WriteScope(WriteScope.Hold Holds, string? Account)
{
    public enum Hold
    {
        Nothing,
        Account,
        Database,
    }

    public static WriteScope OwnRows => new(Hold.Nothing, null);

    public static WriteScope Database => new(Hold.Database, null);

    public static WriteScope OfAccount(string account) => new(Hold.Account, account);
}

/// <summary>An EF transaction (none for a write that holds nothing) plus the write gate it holds (see <see cref="MockDbContext.BeginWriteAsync(WriteScope, CancellationToken)"/>).</summary>
public sealed class WriteTransaction(IDbContextTransaction? transaction, Action release) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken cancellationToken) => transaction?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public Task RollbackAsync(CancellationToken cancellationToken) => transaction?.RollbackAsync(cancellationToken) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
        finally
        {
            release();
        }
    }
}
