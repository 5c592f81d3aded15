using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TelnyxMock.V2.CredentialConnections;

/// <summary>A stored credential connection (its document follows <see cref="CredentialConnectionDefinition"/>).</summary>
public sealed class CredentialConnectionRow : V2ConnectionRow
{
    /// <summary>
    /// The SIP user name, unique across the mock: the rule that reports a taken one runs inside the write's transaction,
    /// under SQLite's write gate, so two creates cannot both take it; on PostgreSQL, whose replicas write at once, a
    /// unique index settles the race (<see cref="Data.PostgresStore.UniqueScript"/>; not in the EF model: EF's compiled
    /// model drops an index declared on a table-per-concrete-type leaf, and the model test would rightly call it stale).
    /// </summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>The registration state fixtures gave it (a <see cref="RegistrationStatusDefinition"/> document), or null: not registered.</summary>
    public string? Registration { get; set; }

    protected override void Index(JsonObject document)
    {
        base.Index(document);
        UserName = document["user_name"]!.GetValue<string>();
    }
}

public sealed class CredentialConnectionConfiguration : IEntityTypeConfiguration<CredentialConnectionRow>
{
    public void Configure(EntityTypeBuilder<CredentialConnectionRow> builder)
    {
        builder.ToTable("v2_credential_connections");
    }
}
