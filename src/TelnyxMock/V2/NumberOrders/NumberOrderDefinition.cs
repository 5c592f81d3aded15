using System.Globalization;
using System.Text.Json.Nodes;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;
using TelnyxMock.V2.PhoneNumbers;

namespace TelnyxMock.V2.NumberOrders;

/// <summary>
/// A number order (<c>/v2/number_orders</c>), as the reference's <c>NumberOrderWithPhoneNumbers</c> orders it. An order
/// completes at once: each number it names becomes an active phone number of the account, with the order's
/// connection, customer reference, billing group and messaging profile; a number that is malformed or owned by any
/// account fails the whole order (a 422 at its index) and nothing of it is kept. Its ids are UUIDs.
/// </summary>
public static class NumberOrderDefinition
{
    public const string RecordType = "number_order";

    private static readonly IdFormat NumberIds = IdFormat.Uuid(0x4E4F50484F4E4531);

    public static readonly ShapeSpec Requirement = new("SubNumberOrderRegulatoryRequirementWithValue",
    [
        F.ReadOnly("field_type", FieldType.String) with { Values = ["textual", "datetime", "address", "document"] },
        F.ReadOnly("field_value", FieldType.String),
        F.ReadOnly("record_type", FieldType.String, "phone_number_regulatory_requirement"),
        F.ReadOnly("requirement_id", FieldType.String) with { Format = Formats.Uuid },
    ]);

    public static readonly ShapeSpec OrderedNumber = new("NumberOrderPhoneNumber",
    [
        F.Uuid("bundle_id").OrNull().Described("The bundle to associate the number with (a UUID)."),
        F.ReadOnly("country_code", FieldType.String),
        F.ReadOnly("country_iso_alpha2", FieldType.String),
        F.ReadOnly("id", FieldType.String) with { Format = Formats.Uuid },
        F.Formatted("phone_number", Formats.E164) with { Required = true, Description = "The number to buy, in E.164; find one with GET /v2/available_phone_numbers." },
        F.ReadOnly("phone_number_type", FieldType.String) with { Values = NumberInventory.Types },
        F.ReadOnly("record_type", FieldType.String, "number_order_phone_number"),
        new FieldSpec("regulatory_requirements", FieldType.ObjectArray) { Shape = Requirement, ReadOnly = true },
        F.Uuid("requirement_group_id").OrNull() with { WriteOnly = true, Description = "The requirement group that satisfies the number's requirements (a UUID)." },
        F.ReadOnly("requirements_met", FieldType.Boolean, true),
        F.ReadOnly("requirements_status", FieldType.String, "approved") with
        {
            Values = ["pending", "approved", "cancelled", "deleted", "requirement-info-exception", "requirement-info-pending", "requirement-info-under-review"],
        },
        F.ReadOnly("status", FieldType.String, "success") with { Values = ["pending", "success", "failure"] },
    ]);

    public static readonly ShapeSpec Fields = new("NumberOrder",
    [
        F.Uuid("billing_group_id").OrNull().Described("The billing group of the numbers (a UUID)."),
        F.Link("connection_id", LinkSpec.To<V2ConnectionRow>("one of your connections (IP, credential or FQDN)", column: nameof(NumberOrderRow.ConnectionId)))
            .Described("The connection the numbers are assigned to: the id of one of your connections, or null."),
        F.ReadOnly("created_at", FieldType.String) with { Format = Formats.DateTime },
        F.Str("customer_reference", maxLength: 255) with { Nullable = true, Printable = true },
        F.ReadOnly("id", FieldType.String) with { Format = Formats.Uuid },
        F.Uuid("messaging_profile_id").OrNull().Described("The messaging profile of the numbers (a UUID; messaging profiles are not emulated)."),
        F.Objects("phone_numbers", OrderedNumber) with
        {
            Required = true, MinItems = 1, MaxItems = 100,
            Description = "The numbers to buy (1 to 100), each in E.164 and owned by no account.",
        },
        F.ReadOnly("phone_numbers_count", FieldType.Integer, 0),
        F.ReadOnly("record_type", FieldType.String, RecordType),
        F.ReadOnly("requirements_met", FieldType.Boolean, true),
        F.ReadOnly("status", FieldType.String, "success") with { Values = ["pending", "success", "failure"] },
        F.ReadOnly("sub_number_orders_ids", FieldType.StringArray),
        F.ReadOnly("updated_at", FieldType.String) with { Format = Formats.DateTime },
    ]);

    private static readonly ShapeSpec RequirementUpdate = new("UpdateRegulatoryRequirement",
    [
        F.Str("field_value", maxLength: 255) with { Required = true, Printable = true },
        F.Uuid("requirement_id") with { Required = true },
    ]);

    private static readonly ResourceDefinition Definition = new("NumberOrder", Fields) { Ids = IdFormat.Uuid(0x4E554D4F52444552) };

    /// <summary>What an update takes: a new customer reference, and requirement values (checked, kept, never answered: every requirement is met).</summary>
    private static readonly ResourceDefinition Update = new("NumberOrderUpdate", new("NumberOrderUpdate",
    [
        F.Str("customer_reference", maxLength: 255) with { Nullable = true, Printable = true },
        F.Objects("regulatory_requirements", RequirementUpdate) with { MaxItems = 100, WriteOnly = true },
    ]));

    public static readonly V2Resource<NumberOrderRow> Resource = new(Definition, new(
        "/v2/number_orders", "Number Orders", "NumberOrder", "NumberOrders", "a number order", "number orders"))
    {
        Operations = V2Operations.List | V2Operations.Create | V2Operations.Retrieve | V2Operations.Update,
        CreateStatus = StatusCodes.Status200OK,
        CreateDescription = "Buys the numbers at once: each becomes an active phone number of yours (status 'success'). A number that is malformed or already owned fails the whole order, with its index.",
        UpdateBody = Update,
        AlsoCreates = BuyAsync,
        ListDescription = "Returns a page of your number orders (20 by default), newest first.",
        List = V2Filter.List(V2Sorts<NumberOrderRow>.NewestFirst, 20,
            V2Filter.OneOf<NumberOrderRow>("filter[status]", "Orders in this status.", ["pending", "success", "failure"], o => o.Status),
            CreatedAt("gt", "later than", at => o => o.CreatedAt > at),
            CreatedAt("lt", "earlier than", at => o => o.CreatedAt < at),
            V2Filter.Where<NumberOrderRow>(new QueryParameter("filter[phone_numbers_count]", QueryKind.String, "Orders of exactly this many numbers."),
                text => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? o => o.PhoneNumbersCount == count : null, "a whole number"),
            V2Filter.Exact<NumberOrderRow>("filter[customer_reference]", "Orders with exactly this customer_reference.", o => o.CustomerReference),
            V2Filter.Where<NumberOrderRow>(new QueryParameter("filter[requirements_met]", QueryKind.Boolean, "Orders whose requirements are (true) or are not (false) all met."),
                text => bool.TryParse(text, out var met) ? o => o.RequirementsMet == met : null, "true or false")),
        CreateExample = """
            {"phone_numbers": [{"phone_number": "+19702240000"}], "customer_reference": "MY REF 001"}
            """,
        UpdateExample = """{"customer_reference": "MY REF 002"}""",
    };

    private static V2Filter<NumberOrderRow> CreatedAt(string bound, string words, Func<DateTime, System.Linq.Expressions.Expression<Func<NumberOrderRow, bool>>> test) =>
        V2Filter.Where(new QueryParameter($"filter[created_at][{bound}]", QueryKind.String, $"Orders created {words} this ISO 8601 time."),
            text => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? test(at.UtcDateTime) : null,
            "an ISO 8601 date and time such as '2026-01-01T00:00:00Z'");

    /// <summary>
    /// Buys each number of the order in its transaction: stages it as a phone number of the account (which checks no
    /// account owns it) and fills the order's entry for it. Failures point at the number's index.
    /// </summary>
    private static async Task<IReadOnlyList<FieldError>> BuyAsync(AlsoCreatesCall call)
    {
        var order = call.Document;
        if (order["phone_numbers"] is not JsonArray items)
        {
            return [];
        }

        var errors = new List<FieldError>();
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<(string Country, string Type)>();
        for (var index = 0; index < items.Count; index++)
        {
            if (items[index] is not JsonObject item || (string?)item["phone_number"] is not { } number || Formats.E164.Problem(number) is not null)
            {
                continue;
            }

            var at = $"/phone_numbers/{index}/phone_number";
            if (!first.TryAdd(number, index))
            {
                errors.Add(new FieldError(at, $"phone_number {number} is already phone_numbers[{first[number]}] of this order."));
                continue;
            }

            var values = new JsonObject
            {
                ["connection_id"] = order["connection_id"]?.DeepClone(),
                ["customer_reference"] = order["customer_reference"]?.DeepClone(),
                ["billing_group_id"] = order["billing_group_id"]?.DeepClone(),
            };
            var (row, found) = await call.Writer.StageAsync(PhoneNumberDefinition.Resource, call.Account, values, call.Now,
                (document, id) => PhoneNumberDefinition.Provision(document, id, number, (string?)order["messaging_profile_id"], call.Now), call.CancellationToken);
            // The order reports its own fields' failures (a connection_id that names nothing): only the number's are the number's.
            errors.AddRange(found.Where(e => e.Pointer == "/phone_number").Select(e => e with { Pointer = at }));
            if (row is null)
            {
                continue;
            }

            var bought = row.Read();
            var kind = ((string)bought["country_iso_alpha2"]!, (string)bought["phone_number_type"]!);
            if (!groups.Contains(kind))
            {
                groups.Add(kind);
            }

            items[index] = Entry(item, NumberIds.Show(row.Id), number, kind.Item1, kind.Item2);
        }

        order["phone_numbers_count"] = items.Count;
        order["sub_number_orders_ids"] = new JsonArray([.. groups.Select((_, i) => JsonValue.Create(IdFormat.Uuid(0x5355424F52444552 + (ulong)i).Show(Definition.Ids.TryParse((string)order["id"]!, out var id) ? id : 0)))]);
        return errors;
    }

    /// <summary>The order's entry for a number bought: what was sent, and the number's id, country, type and status, in the reference's order.</summary>
    private static JsonObject Entry(JsonObject sent, string id, string number, string country, string type) => new()
    {
        ["bundle_id"] = sent["bundle_id"]?.DeepClone(),
        ["country_code"] = country,
        ["country_iso_alpha2"] = country,
        ["id"] = id,
        ["phone_number"] = number,
        ["phone_number_type"] = type,
        ["record_type"] = "number_order_phone_number",
        ["regulatory_requirements"] = new JsonArray(),
        ["requirements_met"] = true,
        ["requirements_status"] = "approved",
        ["status"] = "success",
    };
}
