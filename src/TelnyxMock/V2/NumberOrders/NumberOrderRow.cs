using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelnyxMock.Data;

namespace TelnyxMock.V2.NumberOrders;

/// <summary>
/// A number order: its document (see <see cref="NumberOrderDefinition"/>; the write-only regulatory requirements kept
/// aside) and the columns its list filters on.
/// </summary>
public sealed class NumberOrderRow : PartlyAnsweredResource
{
    protected override JsonObject Answered(JsonObject document) => NumberOrderDefinition.Resource.Definition.Project(document);

    public string Status { get; set; } = string.Empty;

    public int PhoneNumbersCount { get; set; }

    public string? CustomerReference { get; set; }

    public bool RequirementsMet { get; set; }

    /// <summary>The connection the order assigned its numbers to, which a delete of that connection clears here.</summary>
    public long? ConnectionId { get; set; }

    protected override void Index(JsonObject document)
    {
        Status = document["status"]!.GetValue<string>();
        PhoneNumbersCount = document["phone_numbers_count"]!.GetValue<int>();
        CustomerReference = (string?)document["customer_reference"];
        RequirementsMet = document["requirements_met"]!.GetValue<bool>();
        ConnectionId = (string?)document["connection_id"] is { } connection ? long.Parse(connection, CultureInfo.InvariantCulture) : null;
    }
}

public sealed class NumberOrderConfiguration : IEntityTypeConfiguration<NumberOrderRow>
{
    public void Configure(EntityTypeBuilder<NumberOrderRow> builder)
    {
        builder.IsStoredResource("v2_number_orders").IsListedNewestFirst();
        builder.HasIndex(o => new { o.Account, o.ConnectionId });
    }
}
