using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelnyxMock.Data;

namespace TelnyxMock.V2;

/// <summary>
/// A stored V2 connection of any type: its document plus the columns the connection lists filter and sort on. Each
/// connection type is a subclass with a table of its own (EF's table-per-concrete-type mapping), and ids are unique
/// across the types, as a connection id is on Telnyx.
/// </summary>
public abstract class V2ConnectionRow : StoredResource
{
    /// <summary>The name folded to lower case ("" for none).</summary>
    [SubstringSearched]
    public string NameKey { get; set; } = string.Empty;

    public bool Active { get; set; }

    /// <summary><c>outbound.outbound_voice_profile_id</c>, which lists filter on.</summary>
    public long? OutboundVoiceProfileId { get; set; }

    protected override void Index(JsonObject document)
    {
        NameKey = Fold(document["connection_name"]);
        Active = document["active"]!.GetValue<bool>();
        OutboundVoiceProfileId = document["outbound"]?["outbound_voice_profile_id"] is JsonValue profile
            ? long.Parse(profile.GetValue<string>(), CultureInfo.InvariantCulture)
            : null;
    }
}

/// <summary>Every V2 connection type: one table per type, the shared columns indexed alike (table per concrete type).</summary>
public sealed class V2ConnectionConfiguration : IEntityTypeConfiguration<V2ConnectionRow>
{
    public void Configure(EntityTypeBuilder<V2ConnectionRow> builder)
    {
        builder.UseTpcMappingStrategy();
        builder.IsStoredResource(table: null);
        // Each sort's index ends with the id (the tie-break) and the name key, so a page of a name-filtered list
        // is read in order from the index alone and only its own rows are fetched: the rows carry the documents.
        builder.HasIndex(c => new { c.Account, c.CreatedAt, c.Id, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.Active, c.Id, c.NameKey });
        builder.HasIndex(c => new { c.Account, c.OutboundVoiceProfileId });
    }
}
