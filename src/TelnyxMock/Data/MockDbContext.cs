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
}
