using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TelnyxMock.V1.Connections;
using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.Data;

/// <summary>
/// The mock's store. Each resource brings its own <see cref="IEntityTypeConfiguration{T}"/>.
/// SQLite lets one connection write at a time and makes the others wait in its busy handler, which sleeps for
/// growing intervals; so every write of the process (a save, a bulk delete, a write transaction) first takes
/// the database's write gate and writers queue here, in order, instead.
/// </summary>
public sealed class MockDbContext(DbContextOptions<MockDbContext> options) : DbContext(options)
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private bool holdsGate;

    public DbSet<Connection> Connections => Set<Connection>();

    public DbSet<IpConnection> IpConnections => Set<IpConnection>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MockDbContext).Assembly);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TakeSnapshots();
        return await WriteAsync(token => base.SaveChangesAsync(acceptAllChangesOnSuccess, token), cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: writes queue at the database's write gate.");

    /// <summary>Runs one write (a bulk delete, say) holding the write gate, unless this context holds it already.</summary>
    public async Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        if (holdsGate)
        {
            return await write(cancellationToken);
        }

        var gate = Gate();
        await gate.WaitAsync(cancellationToken);
        holdsGate = true;
        try
        {
            return await write(cancellationToken);
        }
        finally
        {
            holdsGate = false;
            gate.Release();
        }
    }

    /// <summary>A transaction that holds the write gate until it is disposed; saves inside it do not queue again.</summary>
    public async Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken)
    {
        var gate = Gate();
        await gate.WaitAsync(cancellationToken);
        try
        {
            var transaction = await Database.BeginTransactionAsync(cancellationToken);
            holdsGate = true;
            return new WriteTransaction(transaction, () =>
            {
                holdsGate = false;
                gate.Release();
            });
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    private SemaphoreSlim Gate() => Gates.GetOrAdd(Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1));

    private void TakeSnapshots()
    {
        foreach (var entry in ChangeTracker.Entries<ISnapshotted>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.TakeSnapshot();
            }
        }
    }
}

/// <summary>An EF transaction plus the write gate it holds (see <see cref="MockDbContext.BeginWriteAsync"/>).</summary>
public sealed class WriteTransaction(IDbContextTransaction transaction, Action release) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public Task RollbackAsync(CancellationToken cancellationToken) => transaction.RollbackAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            release();
        }
    }
}
