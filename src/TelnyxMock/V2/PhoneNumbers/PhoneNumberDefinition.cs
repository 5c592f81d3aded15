using System.Text.Json.Nodes;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.PhoneNumbers;

/// <summary>
/// A phone number the account owns (<c>/v2/phone_numbers</c>), as the reference's <c>PhoneNumberDetailed</c> orders it,
/// and its voice settings (<c>/v2/phone_numbers/{id}/voice</c>, <see cref="PhoneNumberVoice"/>): one document holds
/// both, and each answer is its definition's view of it. Numbers are made by number orders (or fixtures), never
/// posted; <c>connection_id</c> is a link to any of the account's connections and <c>connection_name</c> shows its
/// current name. Deleting the connection unassigns the number; deleting the number releases it to the inventory.
/// </summary>
public static class PhoneNumberDefinition
{
    public const string RecordType = "phone_number";

    public static readonly string[] Statuses =
    [
        "purchase-pending", "purchase-failed", "port-pending", "port-failed", "active", "deleted", "emergency-only", "ported-out", "port-out-pending",
        "requirement-info-pending", "requirement-info-under-review", "requirement-info-exception", "provision-pending",
    ];

    private static readonly LinkSpec Connection = LinkSpec.To<V2ConnectionRow>("one of your connections (IP, credential or FQDN)",
        column: nameof(PhoneNumberRow.ConnectionId), shows: new LinkShows("connection_name", "connection_name"));

    public static readonly ShapeSpec Fields = new("PhoneNumberDetailed",
    [
        F.Str("address_id", maxLength: 64) with { Nullable = true, Printable = true, WriteOnly = true, Description = "The address of the number (addresses are not emulated: kept, never answered)." },
        F.ReadOnly("activated_at", FieldType.String) with { Nullable = true, Format = Formats.DateTime },
        F.Uuid("billing_group_id").OrNull().Described("The billing group (a UUID), or null for none."),
        F.ReadOnly("call_forwarding_enabled", FieldType.Boolean, true),
        F.ReadOnly("call_recording_enabled", FieldType.Boolean, false),
        F.ReadOnly("caller_id_name_enabled", FieldType.Boolean, false),
        F.ReadOnly("cnam_listing_enabled", FieldType.Boolean, false),
        F.Link("connection_id", Connection).Described("The connection calls to the number go to: the id of one of your connections, or null."),
        F.ReadOnly("connection_name", FieldType.String) with { Nullable = true, Description = "The current name of the connection, or null." },
        F.ReadOnly("country_iso_alpha2", FieldType.String),
        F.ReadOnly("created_at", FieldType.String) with { Format = Formats.DateTime },
        F.Str("customer_reference", maxLength: 255) with { Nullable = true, Printable = true },
        F.ReadOnly("deletion_lock_enabled", FieldType.Boolean, false),
        F.ReadOnly("emergency_address_id", FieldType.String) with { Nullable = true },
        F.ReadOnly("emergency_enabled", FieldType.Boolean, false),
        F.ReadOnly("emergency_status", FieldType.String, "disabled") with { Values = ["active", "deprovisioning", "disabled", "provisioning", "provisioning-failed"] },
        F.Str("external_pin", maxLength: 64) with { Nullable = true, Printable = true },
        F.Bool("hd_voice_enabled", false),
        F.ReadOnly("id", FieldType.String),
        F.ReadOnly("inbound_call_screening", FieldType.String, "disabled") with { Values = PhoneNumberVoice.CallScreening },
        F.ReadOnly("messaging_profile_id", FieldType.String) with { Nullable = true },
        F.ReadOnly("messaging_profile_name", FieldType.String) with { Nullable = true },
        F.ReadOnly("phone_number", FieldType.String) with
        {
            Format = Formats.E164,
            Unique = new UniqueSpec(nameof(PhoneNumberRow.PhoneNumber), AcrossAccounts: true,
                "phone_number {0} is already owned: a number has one owner at a time. Find one that is free with GET /v2/available_phone_numbers."),
        },
        F.ReadOnly("phone_number_type", FieldType.String) with { Values = NumberInventory.Types },
        F.ReadOnly("purchased_at", FieldType.String) with { Format = Formats.DateTime },
        F.ReadOnly("record_type", FieldType.String, RecordType),
        F.ReadOnly("source_type", FieldType.String, "number_order") with { Nullable = true, Values = ["number_order", "port_request"] },
        F.ReadOnly("status", FieldType.String, "active") with { Values = Statuses },
        F.ReadOnly("t38_fax_gateway_enabled", FieldType.Boolean, false),
        F.StrList("tags") with { MaxLength = 255, Printable = true, MaxItems = 100, UniqueItems = true },
        F.ReadOnly("updated_at", FieldType.String) with { Format = Formats.DateTime },
    ]);

    /// <summary>The number as a delete answers it (<c>PhoneNumberDeletedDetailed</c>): status "deleted".</summary>
    public static readonly ResourceDefinition Deleted = new("PhoneNumberDeletedDetailed", Fields.Pick("PhoneNumberDeletedDetailed",
        Fields.Fields.Select(f => f.Name).Except(["country_iso_alpha2", "emergency_status", "inbound_call_screening", "source_type"])));

    private static readonly ResourceDefinition Definition = new("PhoneNumberDetailed", Fields) { Complete = PhoneNumberVoice.Derive };

    private static readonly QueryParameter PhoneNumberFilter = new("filter[phone_number]", QueryKind.String,
        "Numbers whose digits contain these (at least three digits; a leading '+' is ignored; anything but digits matches nothing).")
    { MinLength = 3 };

    private static readonly V2Filter<PhoneNumberRow> ByPhoneNumber = V2Filter.Where<PhoneNumberRow>(PhoneNumberFilter, (text, db) =>
    {
        var digits = text.StartsWith('+') ? text[1..] : text;
        return digits.Length < 3 ? null : digits.All(char.IsAsciiDigit) ? Data.SubstringSearch.Contains<PhoneNumberRow>(db, p => p.Digits, digits) : p => false;
    }, "at least three digits (a leading '+' does not count)");

    private static readonly V2Filter<PhoneNumberRow> ByUsagePaymentMethod = V2Filter.OneOf<PhoneNumberRow>("filter[voice.usage_payment_method]",
        "Numbers billed this way.", PhoneNumberVoice.PaymentMethods, p => p.UsagePaymentMethod);

    private static readonly V2Filter<PhoneNumberRow> ByCustomerReference = V2Filter.Exact<PhoneNumberRow>("filter[customer_reference]",
        "Numbers with exactly this customer_reference.", p => p.CustomerReference);

    private static readonly V2Sorts<PhoneNumberRow> Sorts = V2Sorts<PhoneNumberRow>.By("-created_at",
        ("purchased_at", p => p.CreatedAt), ("phone_number", p => p.PhoneNumber), ("connection_name", p => p.ConnectionNameKey),
        ("usage_payment_method", p => p.UsagePaymentMethod));

    /// <summary>
    /// Telnyx V2 phone numbers: <c>/v2/phone_numbers</c> (list, retrieve, update, delete) and their voice settings
    /// (<c>/v2/phone_numbers/voice</c>, <c>/v2/phone_numbers/{id}/voice</c>).
    /// </summary>
    public static readonly V2Resource<PhoneNumberRow> Resource = new(Definition, new(
        "/v2/phone_numbers", "Phone Numbers", "PhoneNumber", "PhoneNumbers", "a phone number", "phone numbers"))
    {
        Operations = V2Operations.List | V2Operations.Retrieve | V2Operations.Update | V2Operations.Delete,
        OperationIds = new("ListPhoneNumbers", "CreatePhoneNumber", "RetrievePhoneNumber", "UpdatePhoneNumber", "DeletePhoneNumber"),
        ListDescription = "Returns a page of your phone numbers (20 by default), filtered and sorted (newest first by default).",
        List = V2Filter.List(Sorts, 20,
            V2Filter.Where<PhoneNumberRow>(new QueryParameter("filter[tag]", QueryKind.String, "Numbers with this tag."),
                (tag, db) => Data.SubstringSearch.Contains<PhoneNumberRow>(db, p => p.TagsKey, PhoneNumberRow.TagSeparator + tag + PhoneNumberRow.TagSeparator)),
            ByPhoneNumber,
            V2Filter.OneOf<PhoneNumberRow>("filter[status]", "Numbers in this status.", Statuses, p => p.Status),
            V2Filter.Where<PhoneNumberRow>(new QueryParameter("filter[country_iso_alpha2]", QueryKind.String,
                "Numbers of this country (ISO 3166-1 alpha-2), or of any of several given comma-separated (US,CA)."),
                text => InCountries(text.Split(',', StringSplitOptions.TrimEntries))),
            V2Filter.Id<PhoneNumberRow>("filter[connection_id]", "Numbers assigned to this connection.", p => p.ConnectionId),
            V2Filter.Where<PhoneNumberRow>(new QueryParameter("filter[voice.connection_name][eq]", QueryKind.String,
                "Numbers whose connection has exactly this name (case-insensitively)."), text => EqualName(text.ToLowerInvariant())),
            V2Filter.Contains<PhoneNumberRow>("filter[voice.connection_name][contains]", "Numbers whose connection's name contains this text (at least three characters, case-insensitively).",
                p => p.ConnectionNameKey, folded: true, minLength: 3),
            V2Filter.Where<PhoneNumberRow>(new QueryParameter("filter[voice.connection_name][starts_with]", QueryKind.String,
                "Numbers whose connection's name starts with this text (at least three characters, case-insensitively).") { MinLength = 3 },
                text => StartsWith(text.ToLowerInvariant())),
            V2Filter.Where<PhoneNumberRow>(new QueryParameter("filter[voice.connection_name][ends_with]", QueryKind.String,
                "Numbers whose connection's name ends with this text (at least three characters, case-insensitively).") { MinLength = 3 },
                text => EndsWith(text.ToLowerInvariant())),
            ByUsagePaymentMethod,
            V2Filter.Where<PhoneNumberRow>(new QueryParameter("filter[billing_group_id]", QueryKind.String,
                "Numbers of this billing group; the string 'null' for numbers of none."), text => text == "null" ? p => p.BillingGroupId == null : p => p.BillingGroupId == text),
            V2Filter.Where<PhoneNumberRow>(new QueryParameter("filter[emergency_address_id]", QueryKind.String,
                "Numbers with this emergency address; the string 'null' for numbers with none."), text => text == "null" ? p => p.EmergencyAddressId == null : p => p.EmergencyAddressId == text),
            ByCustomerReference,
            V2Filter.OneOf<PhoneNumberRow>("filter[number_type][eq]", "Numbers of this type.", ["local", "national", "toll_free", "mobile", "shared_cost"], p => p.NumberType),
            V2Filter.Where<PhoneNumberRow>(new QueryParameter("filter[source]", QueryKind.Enum,
                "'purchased' for numbers bought from Telnyx (every number of the mock), 'ported' for numbers ported in (none).") { Values = ["ported", "purchased"] },
                text => text == "purchased" ? p => true : p => false),
            V2Filter.Where<PhoneNumberRow>(new QueryParameter("filter[without_tags]", QueryKind.Enum,
                "'true' for numbers without tags; any other value filters nothing.") { Values = ["true", "false"] },
                text => text == "true" ? p => p.TagsKey == string.Empty : p => true),
            V2Filter.Where<PhoneNumberRow>(new QueryParameter("handle_messaging_profile_error", QueryKind.Enum,
                "Accepted for compatibility: the mock never fails to load messaging profiles.") { Values = ["true", "false"], Default = "false" },
                _ => p => true)),
        Deleted = new V2Deleted(Deleted, document => document["status"] = "deleted"),
        Views =
        [
            new V2View<PhoneNumberRow>("voice", PhoneNumberVoice.Definition,
                V2Filter.List(Sorts, 20,
                    ByPhoneNumber,
                    V2Filter.Contains<PhoneNumberRow>("filter[connection_name][contains]", "Numbers whose connection's name contains this text (at least three characters, case-insensitively).",
                        p => p.ConnectionNameKey, folded: true, minLength: 3),
                    ByCustomerReference,
                    ByUsagePaymentMethod),
                new("ListPhoneNumbersWithVoiceSettings", "GetPhoneNumberVoiceSettings", "UpdatePhoneNumberVoiceSettings"),
                "a phone number's voice settings", "phone numbers with voice settings")
            {
                ListDescription = "Returns a page of your phone numbers' voice settings (20 by default), filtered and sorted (newest first by default).",
                UpdateExample = """
                    {"call_forwarding": {"call_forwarding_enabled": true, "forwarding_type": "always", "forwards_to": "+13035559123"},
                     "media_features": {"t38_fax_gateway_enabled": true}, "usage_payment_method": "channel"}
                    """,
            },
        ],
        UpdateExample = """{"customer_reference": "office-line", "tags": ["office"]}""",
        UpdateDescription = "Fields left out are left unchanged. connection_id must name one of your connections, or be null to unassign the number.",
        DeleteDescription = "Deletes the number and returns it with status 'deleted': it is released to the inventory, and search offers it again.",
        FixtureSection = "phone_numbers",
        FixtureExtras = new(new ResourceDefinition("PhoneNumberFixture",
            new("PhoneNumberFixture", [F.Formatted("phone_number", Formats.E164) with { Required = true, Description = "The number, in E.164." }])),
            call => Task.FromResult(Provision(call.Document, call.Row.Id, call.Extras["phone_number"]!.GetValue<string>(), messagingProfileId: null,
                DateTime.Parse(call.Document["created_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind)))),
    };

    /// <summary>
    /// Makes <paramref name="document"/>, a new number's, the purchase of <paramref name="phoneNumber"/>: the number, its
    /// country and type, its voice settings' defaults, active since <paramref name="now"/>. Returns the failure of a
    /// number that belongs to no country.
    /// </summary>
    public static IReadOnlyList<FieldError> Provision(JsonObject document, long id, string phoneNumber, string? messagingProfileId, DateTime now)
    {
        if (NumberInventory.Classify(phoneNumber) is not { } kind)
        {
            return [new FieldError("/phone_number", $"phone_number {phoneNumber} is not a possible phone number: no country has numbers with this country code and length.")];
        }

        document["phone_number"] = phoneNumber;
        document["country_iso_alpha2"] = kind.Country;
        document["phone_number_type"] = kind.Type;
        document["messaging_profile_id"] = messagingProfileId;
        var at = ResourceDefinition.Timestamp(now);
        document["activated_at"] = at;
        document["purchased_at"] = at;
        foreach (var (key, value) in PhoneNumberVoice.Definition.New(id, now).Where(p => !document.ContainsKey(p.Key)))
        {
            document[key] = value?.DeepClone();
        }

        PhoneNumberVoice.Derive(document);
        return [];
    }

    private static System.Linq.Expressions.Expression<Func<PhoneNumberRow, bool>> InCountries(string[] countries) => p => countries.Contains(p.Country);

    private static System.Linq.Expressions.Expression<Func<PhoneNumberRow, bool>> EqualName(string name) => p => p.ConnectionNameKey == name;

    private static System.Linq.Expressions.Expression<Func<PhoneNumberRow, bool>> StartsWith(string text) => p => p.ConnectionNameKey.StartsWith(text);

    private static System.Linq.Expressions.Expression<Func<PhoneNumberRow, bool>> EndsWith(string text) => p => p.ConnectionNameKey.EndsWith(text);
}
