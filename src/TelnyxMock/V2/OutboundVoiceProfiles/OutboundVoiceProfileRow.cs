using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelnyxMock.Data;

namespace TelnyxMock.V2.OutboundVoiceProfiles;

/// <summary>A stored outbound voice profile: its document (see <see cref="OutboundVoiceProfileDefinition"/>) and the columns its list filters and sorts on.</summary>
public sealed class OutboundVoiceProfileRow : StoredResource
{
    public string Name { get; set; } = string.Empty;

    /// <summary>The name in lower case, for <c>filter[name][contains]</c> and the name sort.</summary>
    [SubstringSearched]
    public string NameKey { get; set; } = string.Empty;

    public bool Enabled { get; set; }

    public string ServicePlan { get; set; } = string.Empty;

    public string TrafficType { get; set; } = string.Empty;

    public string UsagePaymentMethod { get; set; } = string.Empty;

    protected override void Index(JsonObject document)
    {
        Name = document["name"]!.GetValue<string>();
        NameKey = Fold(document["name"]);
        Enabled = document["enabled"]!.GetValue<bool>();
        ServicePlan = document["service_plan"]!.GetValue<string>();
        TrafficType = document["traffic_type"]!.GetValue<string>();
        UsagePaymentMethod = document["usage_payment_method"]!.GetValue<string>();
    }
}

public sealed class OutboundVoiceProfileConfiguration : IEntityTypeConfiguration<OutboundVoiceProfileRow>
{
    public void Configure(EntityTypeBuilder<OutboundVoiceProfileRow> builder)
    {
        builder.IsStoredResource("v2_outbound_voice_profiles").IsListedNewestFirst();
        builder.HasIndex(p => new { p.Account, p.NameKey, p.Id });
    }
}
