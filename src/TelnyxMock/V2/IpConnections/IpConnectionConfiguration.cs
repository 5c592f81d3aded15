using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TelnyxMock.V2.IpConnections;

public sealed class IpConnectionConfiguration : IEntityTypeConfiguration<IpConnection>
{
    public void Configure(EntityTypeBuilder<IpConnection> builder)
    {
        builder.ToTable("v2_ip_connections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        // Each sort's index ends with the id (the tie-break) and the name key, so a page of a name-filtered list
        // is read in order from the index alone and only its own rows are fetched: the rows carry JSON columns.
        builder.HasIndex(c => new { c.Account, c.CreatedAt, c.Id, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.Active, c.Id, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.OutboundVoiceProfileId });
        builder.ComplexProperty(c => c.Inbound, b => b.ToJson());
        builder.ComplexProperty(c => c.Outbound, b => b.ToJson());
        builder.ComplexProperty(c => c.RtcpSettings, b => b.ToJson());
        builder.ComplexProperty(c => c.JitterBuffer, b => b.ToJson());
        builder.ComplexProperty(c => c.NoiseSuppressionDetails, b => b.ToJson());
    }
}
