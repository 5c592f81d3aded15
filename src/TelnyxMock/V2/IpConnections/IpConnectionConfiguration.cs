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
        builder.HasIndex(c => new { c.Account, c.CreatedAt });
        builder.HasIndex(c => new { c.Account, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.Active });
        builder.HasIndex(c => new { c.Account, c.OutboundVoiceProfileId });
        builder.ComplexProperty(c => c.Inbound, b => b.ToJson());
        builder.ComplexProperty(c => c.Outbound, b => b.ToJson());
        builder.ComplexProperty(c => c.RtcpSettings, b => b.ToJson());
        builder.ComplexProperty(c => c.JitterBuffer, b => b.ToJson());
        builder.ComplexProperty(c => c.NoiseSuppressionDetails, b => b.ToJson());
    }
}
