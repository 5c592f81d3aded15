using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TelnyxMock.V2.IpConnections;

public sealed class IpConnectionConfiguration : IEntityTypeConfiguration<IpConnectionRow>
{
    public void Configure(EntityTypeBuilder<IpConnectionRow> builder) => builder.ToTable("v2_ip_connections");
}
