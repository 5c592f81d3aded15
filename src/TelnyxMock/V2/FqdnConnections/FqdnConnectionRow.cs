using Microsoft.EntityFrameworkCore;

namespace TelnyxMock.V2.FqdnConnections;

/// <summary>A stored FQDN connection (its document follows <see cref="FqdnConnectionDefinition"/>).</summary>
public sealed class FqdnConnectionRow : V2ConnectionRow;

public sealed class FqdnConnectionConfiguration : IEntityTypeConfiguration<FqdnConnectionRow>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<FqdnConnectionRow> builder) =>
        builder.ToTable("v2_fqdn_connections");
}
