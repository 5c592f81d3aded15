using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelnyxMock.Data;

namespace TelnyxMock.V2.TelephonyCredentials;

/// <summary>
/// A telephony credential: its document as answered (see <see cref="TelephonyCredentialDefinition"/>), its write-only
/// <c>connection_id</c> and <c>tag</c> kept aside, and the columns its list filters on.
/// </summary>
public sealed class TelephonyCredentialRow : PartlyAnsweredResource
{
    /// <summary>The credential connection it belongs to (deleting that connection deletes the credential).</summary>
    public long ConnectionId { get; set; }

    public string? Tag { get; set; }

    public string? Name { get; set; }

    public string ResourceId { get; set; } = string.Empty;

    /// <summary>Unique across the mock, as a SIP user name is.</summary>
    public string SipUserName { get; set; } = string.Empty;

    /// <summary>When it expires (UTC), or null: never; <c>expired</c> and <c>filter[status]</c> compare it with the mock's clock.</summary>
    public DateTime? ExpiresAt { get; set; }

    protected override JsonObject Answered(JsonObject document) => TelephonyCredentialDefinition.Resource.Definition.Project(document);

    protected override void Index(JsonObject document)
    {
        ConnectionId = long.Parse((string)document["connection_id"]!, CultureInfo.InvariantCulture);
        Tag = (string?)document["tag"];
        Name = (string?)document["name"];
        ResourceId = (string)document["resource_id"]!;
        SipUserName = (string)document["sip_username"]!;
        ExpiresAt = TelephonyCredentialDefinition.ExpiresAt(document);
    }
}

public sealed class TelephonyCredentialConfiguration : IEntityTypeConfiguration<TelephonyCredentialRow>
{
    public void Configure(EntityTypeBuilder<TelephonyCredentialRow> builder)
    {
        builder.IsStoredResource("v2_telephony_credentials").IsListedNewestFirst();
        builder.HasIndex(c => c.SipUserName).IsUnique();
        builder.HasIndex(c => new { c.Account, c.Tag });
        builder.HasIndex(c => new { c.Account, c.ConnectionId });
    }
}
