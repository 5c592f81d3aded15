using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace TelnyxMock.Data;

/// <summary>
/// The mock's store: every resource is a <see cref="StoredResource"/> (its API object as one document plus indexed
/// columns) with its own <see cref="IEntityTypeConfiguration{T}"/>.
/// SQLite lets one connection write at a time and makes the others wait in its busy handler, which sleeps for
/// growing intervals; so every write of the process (a save, a bulk delete, a write transaction) first takes
/// the database's write gate and writers queue here, in order, instead. Because every write passes the gate, the
/// gate also keeps the database's write generation, which lets list totals be cached until the next write.
/// On a shared store (PostgreSQL, several replicas) writes run at once, and each write transaction holds what its rules
/// read besides its own row (<see cref="WriteScope"/>): an account's lock for the rules within an account (links, limits,
/// what a delete clears), the database's for fixtures and resets; uniqueness across accounts is the unique indexes',
/// a write that loses such a race being run again (<see cref="LostRace"/>). Nothing is remembered, since another replica
/// may have written since.
/// </summary>
public sealed class MockDbContext(DbContextOptions<MockDbContext> options) : DbContext(options)
{
    private static readonly ConcurrentDictionary<string, StoreState> States = new(StringComparer.Ordinal);

    private bool holdsGate;

    private bool? shared;

    /// <summary>Other processes write to the same database (see <see cref="MockStore.IsShared"/>).</summary>
    public bool IsShared => shared ??= Database.ProviderName == PostgresStore.ProviderName;

    /// <summary>
    /// Runs only where the model is built at start-up (PostgreSQL, or design time); SQLite uses the compiled model. The
    /// row types are the entity configurations the assembly holds, one beside each resource's row: the store names none.
    /// </summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MockDbContext).Assembly);
        if (Database.ProviderName == PostgresStore.ProviderName)
        {
            // Code-point order and comparison, as SQLite's BINARY collation, whatever the database's collation is.
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetDeclaredProperties()).Where(p => p.ClrType == typeof(string)))
            {
                property.SetCollation("C");
            }
        }
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        WriteAsync(async token =>
        {
            if (IsShared)
            {
                await NumberNewRowsAsync(token);
            }

            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, token);
        }, cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync: writes queue at the database's write gate.");

    /// <summary>
    /// Saves the changes of a read-merge-write (a partial update), unless a row it read was written by someone else
    /// since: then the change tracker is cleared and false says "read and merge again". Every such retry follows a
    /// write that committed, so the writers as a whole always progress.
    /// </summary>
    public async Task<bool> SaveUnlessChangedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// Runs one write (a bulk delete, say) holding the write gate, unless this context holds it already. On a shared
    /// store there is no gate: a write outside a write transaction is one statement, or EF's own transaction.
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        if (holdsGate || IsShared)
        {
            return await write(cancellationToken);
        }

        var state = State();
        await state.Gate.WaitAsync(cancellationToken);
        holdsGate = true;
        state.NextGeneration();
        try
        {
            return await write(cancellationToken);
        }
        finally
        {
            state.NextGeneration();
            holdsGate = false;
            state.Gate.Release();
        }
    }

    /// <summary>
    /// <c>COUNT(*)</c> of <paramref name="query"/>, remembered under <paramref name="key"/> (which must identify the
    /// query) until the next write to the database. Counting an account's rows reads all their index entries, the
    /// largest part of a list request; a write moves the generation both before and after it commits, so a count
    /// taken while it runs is never kept past it.
    /// </summary>
    public async Task<int> CountAsync<T>(IQueryable<T> query, object key, CancellationToken cancellationToken)
    {
        if (IsShared)
        {
            return await query.CountAsync(cancellationToken);
        }

        var state = State();
        var generation = state.Generation;
        if (state.Counts.TryGetValue(key, out var known) && known.Generation == generation)
        {
            return known.Count;
        }

        var count = await query.CountAsync(cancellationToken);
        if (state.Counts.Count >= StoreState.MaxCounts)
        {
            state.Counts.Clear();
        }

        state.Counts[key] = (generation, count);
        return count;
    }

    /// <summary>A transaction that holds the whole database (fixtures, a reset) until it is disposed.</summary>
    public Task<WriteTransaction> BeginWriteAsync(CancellationToken cancellationToken) => BeginWriteAsync(WriteScope.Database, cancellationToken);

    /// <summary>
    /// A write transaction that holds <paramref name="scope"/> until it is disposed; saves inside it do not queue again.
    /// SQLite has one writer whatever the scope: the process's write gate. On a shared store the scope's advisory locks
    /// (<see cref="PostgresStore"/>) are taken with the transaction's first statement; a write that holds nothing
    /// (<see cref="WriteScope.OwnRows"/>) opens no transaction, its save being a single statement or EF's own transaction.
    /// </summary>
    public async Task<WriteTransaction> BeginWriteAsync(WriteScope scope, CancellationToken cancellationToken)
    {
        if (IsShared)
        {
            if (scope.Holds is WriteScope.Hold.Nothing)
            {
                return new WriteTransaction(null, () => { });
            }

            var shared = await Database.BeginTransactionAsync(cancellationToken);
            try
            {
                if (scope.Holds is WriteScope.Hold.Database)
                {
                    await Database.ExecuteSqlRawAsync(PostgresStore.WriteLock, cancellationToken);
                }
                else
                {
                    await Database.ExecuteSqlRawAsync(PostgresStore.AccountLock, [scope.Account!], cancellationToken);
                }

                return new WriteTransaction(shared, () => { });
            }
            catch
            {
                await shared.DisposeAsync();
                throw;
            }
        }

        var state = State();
        await state.Gate.WaitAsync(cancellationToken);
        IDbContextTransaction? transaction = null;
        try
        {
            transaction = await Database.BeginTransactionAsync(cancellationToken);
            holdsGate = true;
            state.NextGeneration();
            return new WriteTransaction(transaction, () =>
            {
                state.NextGeneration();
                holdsGate = false;
                state.Gate.Release();
            });
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            state.Gate.Release();
            throw;
        }
    }

    /// <summary>
    /// A shared store's write lost a race that its checks could not see (another replica's uncommitted row took a
    /// unique value first, or two writes waited on each other): run it again from the start, in a new transaction, and
    /// its checks then see the winner. Every such loss follows another write's progress.
    /// </summary>
    public static bool LostRace(Exception exception) =>
        exception is DbUpdateException { InnerException: Npgsql.PostgresException inner } ? IsRace(inner) : exception is Npgsql.PostgresException direct && IsRace(direct);

    private static bool IsRace(Npgsql.PostgresException exception) =>
        exception.SqlState is Npgsql.PostgresErrorCodes.UniqueViolation or Npgsql.PostgresErrorCodes.DeadlockDetected or Npgsql.PostgresErrorCodes.SerializationFailure;

    /// <summary>
    /// Gives new rows of tables whose keys the database numbers (V1's authorized IPs, FQDNs, credentials) the next
    /// numbers after the largest key stored or staged. SQLite numbers them so itself; PostgreSQL's identity sequence
    /// would not skip the keys fixtures give explicitly, and would collide with them. Only fixtures add such rows, under
    /// the database's lock, so no other replica numbers rows of the same table at the same time.
    /// </summary>
    private async Task NumberNewRowsAsync(CancellationToken cancellationToken)
    {
        var added = ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added && e.Metadata.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd, ClrType: var type }] && type == typeof(int))
            .GroupBy(e => e.Metadata)
            .ToList();
        foreach (var rows in added)
        {
            var key = rows.Key.FindPrimaryKey()!.Properties[0];
            // Identifiers from the EF model, delimited; nothing of a request is in this SQL.
            var sql = this.GetService<ISqlGenerationHelper>();
            var largest = "SELECT COALESCE(MAX(" + sql.DelimitIdentifier(key.GetColumnName()) + "), 0) AS \"Value\" FROM " + sql.DelimitIdentifier(rows.Key.GetTableName()!);
            var stored = await Database.SqlQueryRaw<int>(largest).SingleAsync(cancellationToken);
            var next = Math.Max(stored, rows.Where(r => !r.Property(key.Name).IsTemporary).Select(r => (int)r.Property(key.Name).CurrentValue!).DefaultIfEmpty(0).Max());
            foreach (var row in rows.Where(r => r.Property(key.Name).IsTemporary || (int)r.Property(key.Name).CurrentValue! == 0))
            {
                row.Property(key.Name).CurrentValue = ++next;
                row.Property(key.Name).IsTemporary = false;
            }
        }
    }

    private StoreState State() => States.GetOrAdd(Database.GetConnectionString() ?? string.Empty, _ => new StoreState());

    /// <summary>One database's write gate, write generation and remembered counts.</summary>
    private sealed class StoreState
    {
        public const int MaxCounts = 4096;

        private long generation;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public ConcurrentDictionary<object, (long Generation, int Count)> Counts { get; } = new();

        public long Generation => Interlocked.Read(ref generation);

        public void NextGeneration() => Interlocked.Increment(ref generation);
    }
}
