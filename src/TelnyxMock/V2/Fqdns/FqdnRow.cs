using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelnyxMock.Data;
using TelnyxMock.V2.FqdnConnections;

namespace TelnyxMock.V2.Fqdns;

/// <summary>A stored FQDN: its document (which follows <see cref="FqdnDefinition"/>) and the columns its list filters on.</summary>
public sealed class FqdnRow : StoredResource
{
    /// <summary>The FQDN connection it belongs to; deleting that connection deletes its FQDNs (a foreign key's cascade).</summary>
    public long ConnectionId { get; set; }

    public string Fqdn { get; set; } = string.Empty;

    public int? Port { get; set; }

    public string DnsRecordType { get; set; } = string.Empty;

    protected override void Index(JsonObject document)
    {
        ConnectionId = long.Parse(document["connection_id"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Fqdn = document["fqdn"]!.GetValue<string>();
        Port = document["port"]?.GetValue<int>();
        DnsRecordType = document["dns_record_type"]!.GetValue<string>();
    }
}

public sealed class FqdnConfiguration : IEntityTypeConfiguration<FqdnRow>
{
    public void Configure(EntityTypeBuilder<FqdnRow> builder)
    {
        builder.IsStoredResource("v2_fqdns").IsListedNewestFirst();
        builder.HasIndex(f => new { f.Account, f.Fqdn });
        builder.HasOne<FqdnConnectionRow>().WithMany().HasForeignKey(f => f.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
