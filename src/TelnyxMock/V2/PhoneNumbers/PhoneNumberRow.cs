using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelnyxMock.Data;

namespace TelnyxMock.V2.PhoneNumbers;

/// <summary>
/// A phone number an account owns: its document (<see cref="PhoneNumberDefinition"/>, the voice settings included) and
/// the columns its lists filter and sort on. <see cref="PhoneNumber"/> is unique across every account: a number has one
/// owner at a time. The stored <see cref="StoredResource.Document"/> is the number as answered; the voice settings and
/// write-only fields are kept aside.
/// </summary>
public sealed class PhoneNumberRow : PartlyAnsweredResource
{
    /// <summary>The separator around each tag in <see cref="TagsKey"/>, which no tag may hold (tags are printable).</summary>
    public const char TagSeparator = '\u001f';

    public string PhoneNumber { get; set; } = string.Empty;

    /// <summary>The digits of the number, without the '+', for <c>filter[phone_number]</c>.</summary>
    [SubstringSearched]
    public string Digits { get; set; } = string.Empty;

    public long? ConnectionId { get; set; }

    /// <summary>The connection's name in lower case ("" for none), for the connection-name filters and sort.</summary>
    [SubstringSearched]
    public string ConnectionNameKey { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public string Country { get; set; } = string.Empty;

    public string NumberType { get; set; } = string.Empty;

    /// <summary>Every tag between separators (<c>␟a␟b␟</c>), "" for none: <c>filter[tag]</c> looks for <c>␟tag␟</c>.</summary>
    [SubstringSearched]
    public string TagsKey { get; set; } = string.Empty;

    public string? CustomerReference { get; set; }

    public string? BillingGroupId { get; set; }

    public string? EmergencyAddressId { get; set; }

    public string UsagePaymentMethod { get; set; } = string.Empty;

    protected override JsonObject Answered(JsonObject document) => PhoneNumberDefinition.Resource.Definition.Project(document);

    protected override void Index(JsonObject document)
    {
        PhoneNumber = document["phone_number"]!.GetValue<string>();
        Digits = PhoneNumber.TrimStart('+');
        ConnectionId = (string?)document["connection_id"] is { } connection ? long.Parse(connection, CultureInfo.InvariantCulture) : null;
        ConnectionNameKey = Fold(document["connection_name"]);
        Status = document["status"]!.GetValue<string>();
        Country = document["country_iso_alpha2"]!.GetValue<string>();
        NumberType = document["phone_number_type"]!.GetValue<string>();
        var tags = document["tags"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        TagsKey = tags.Count == 0 ? string.Empty : TagSeparator + string.Join(TagSeparator, tags) + TagSeparator;
        CustomerReference = (string?)document["customer_reference"];
        BillingGroupId = (string?)document["billing_group_id"];
        EmergencyAddressId = (string?)document["emergency_address_id"];
        UsagePaymentMethod = (string?)document["usage_payment_method"] ?? string.Empty;
    }
}

public sealed class PhoneNumberConfiguration : IEntityTypeConfiguration<PhoneNumberRow>
{
    public void Configure(EntityTypeBuilder<PhoneNumberRow> builder)
    {
        builder.IsStoredResource("v2_phone_numbers").IsListedNewestFirst();
        // One owner at a time, whatever the account: the store refuses a second row even if a check were missed.
        builder.HasIndex(p => p.PhoneNumber).IsUnique();
        builder.HasIndex(p => new { p.Account, p.ConnectionId, p.CreatedAt, p.Id });
        builder.HasIndex(p => new { p.Account, p.ConnectionNameKey });
    }
}
