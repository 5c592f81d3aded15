using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelnyxMock.Data;

namespace TelnyxMock.V1.Connections;

public sealed class ConnectionConfiguration : IEntityTypeConfiguration<V1ConnectionRow>
{
    public void Configure(EntityTypeBuilder<V1ConnectionRow> builder)
    {
        builder.IsStoredResource("v1_connections");
        // As for V2: each sort's index ends with the id and the name key, so name-filtered pages come from the index.
        builder.HasIndex(c => new { c.Account, c.CreatedAt, c.Id, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.Active, c.Id, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.AuthenticationType, c.Id, c.NameKey });
        builder.HasMany(c => c.AuthorizedIps).WithOne().HasForeignKey(i => i.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Fqdns).WithOne().HasForeignKey(f => f.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Credentials).WithOne().HasForeignKey(c => c.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class AuthorizedIpConfiguration : IEntityTypeConfiguration<AuthorizedIp>
{
    public void Configure(EntityTypeBuilder<AuthorizedIp> builder)
    {
        builder.ToTable("v1_authorized_ips");
        builder.HasKey(i => i.Id);
        builder.HasIndex(i => i.IpAddress);
    }
}

public sealed class ConnectionFqdnConfiguration : IEntityTypeConfiguration<ConnectionFqdn>
{
    public void Configure(EntityTypeBuilder<ConnectionFqdn> builder)
    {
        builder.ToTable("v1_fqdns");
        builder.HasKey(f => f.Id);
    }
}

public sealed class ConnectionCredentialConfiguration : IEntityTypeConfiguration<ConnectionCredential>
{
    public void Configure(EntityTypeBuilder<ConnectionCredential> builder)
    {
        builder.ToTable("v1_credentials");
        builder.HasKey(c => c.Id);
    }
}
