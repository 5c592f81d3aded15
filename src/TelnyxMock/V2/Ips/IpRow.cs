using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelnyxMock.Data;
using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.V2.Ips;

/// <summary>A stored IP: its document (which follows <see cref="IpDefinition"/>) and the columns its list filters on.</summary>
public sealed class IpRow : StoredResource
{
    /// <summary>The IP connection it is attached to; deleting that connection deletes its IPs (a foreign key's cascade).</summary>
    public long? ConnectionId { get; set; }

    public string IpAddress { get; set; } = string.Empty;

    public int Port { get; set; }

    protected override void Index(JsonObject document)
    {
        ConnectionId = document["connection_id"] is JsonValue id ? long.Parse(id.GetValue<string>(), CultureInfo.InvariantCulture) : null;
        IpAddress = document["ip_address"]!.GetValue<string>();
        Port = document["port"]!.GetValue<int>();
    }
}

public sealed class IpConfiguration : IEntityTypeConfiguration<IpRow>
{
    public void Configure(EntityTypeBuilder<IpRow> builder)
    {
        builder.IsStoredResource("v2_ips").IsListedNewestFirst();
        builder.HasIndex(i => new { i.Account, i.IpAddress });
        builder.HasOne<IpConnectionRow>().WithMany().HasForeignKey(i => i.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
