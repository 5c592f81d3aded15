using Microsoft.EntityFrameworkCore;
using TelnyxMock.V1.Connections;
using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.Data;

/// <summary>The mock's store. Each resource brings its own <see cref="IEntityTypeConfiguration{T}"/>.</summary>
public sealed class MockDbContext(DbContextOptions<MockDbContext> options) : DbContext(options)
{
    public DbSet<Connection> Connections => Set<Connection>();

    public DbSet<IpConnection> IpConnections => Set<IpConnection>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MockDbContext).Assembly);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        TakeSnapshots();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        TakeSnapshots();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

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
