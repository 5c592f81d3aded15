using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TelnyxMock.V2.IpConnections;

/// <summary>Every V2 connection type: one table per type, the shared columns indexed alike (table per concrete type).</summary>
public sealed class V2ConnectionConfiguration : IEntityTypeConfiguration<V2ConnectionRow>
{
    public void Configure(EntityTypeBuilder<V2ConnectionRow> builder)
    {
        builder.UseTpcMappingStrategy();
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        // Each sort's index ends with the id (the tie-break) and the name key, so a page of a name-filtered list
        // is read in order from the index alone and only its own rows are fetched: the rows carry the documents.
        builder.HasIndex(c => new { c.Account, c.CreatedAt, c.Id, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.Active, c.Id, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.OutboundVoiceProfileId });
    }
}

public sealed class IpConnectionConfiguration : IEntityTypeConfiguration<IpConnectionRow>
{
    public void Configure(EntityTypeBuilder<IpConnectionRow> builder) => builder.ToTable("v2_ip_connections");
}
