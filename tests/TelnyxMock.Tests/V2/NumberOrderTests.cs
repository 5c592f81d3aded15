using System.Text.Json.Nodes;
using TelnyxMock.Tests.Control;

namespace TelnyxMock.Tests.V2;

/// <summary>
/// <c>/v2/number_orders</c>: an order completes at once (200, status "success") and makes its numbers the account's
/// phone numbers; a refused order is a 422 at every bad pointer and keeps nothing; orders have UUID ids, a small update
/// and the reference's list filters.
/// </summary>
public sealed partial class NumberOrderTests : IDisposable
{
    private const string Alice = "KEY_alice";
    private const string Bob = "KEY_bob";
    private const string BillingGroup = "dc8e4d67-33a0-4cbb-af74-7b58f05bd494";
    private const string MessagingProfile = "abc85f64-5717-4562-b3fc-2c9600000000";

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    private HttpClient Client => app.BearerClient(Alice);

    [Fact]
    public async Task Create_Answers200_WithTheOrderAndEachNumbersEntry()
    {
        var client = Client;
        var connection = await client.CreateNamedAsync("trunk");
        var body = NumberApi.OrderOf("+19702240001", "+442079460001", "+19702240002");
        body["connection_id"] = connection["id"].Str();
        body["customer_reference"] = "MY REF 001";
        body["billing_group_id"] = BillingGroup;
        body["messaging_profile_id"] = MessagingProfile;

        var response = await client.PostJsonAsync(NumberApi.Orders, body.ToJsonString());

        var order = (await response.ExpectAsync(200))["data"]!;
        Assert.True(Guid.TryParseExact(order["id"].Str(), "D", out _), order["id"].Str());
        Assert.Equal("number_order", order["record_type"].Str());
        Assert.Equal("success", order["status"].Str());
        Assert.Equal(3, order["phone_numbers_count"].Int());
        Assert.True(order["requirements_met"]!.GetValue<bool>());
        Assert.Equal(connection["id"].Str(), order["connection_id"].Str());
        Assert.Equal("MY REF 001", order["customer_reference"].Str());
        Assert.Equal(BillingGroup, order["billing_group_id"].Str());
        Assert.Equal(MessagingProfile, order["messaging_profile_id"].Str());
        Assert.Equal(order["created_at"].Str(), order["updated_at"].Str());
        var numbers = order["phone_numbers"]!.AsArray();
        Assert.Equal(["+19702240001", "+442079460001", "+19702240002"], numbers.Select(n => n!["phone_number"].Str()));
        foreach (var (number, country, type) in new[] { (numbers[0]!, "US", "local"), (numbers[1]!, "GB", "local"), (numbers[2]!, "US", "local") })
        {
            Assert.Equal(
                ["bundle_id", "country_code", "country_iso_alpha2", "id", "phone_number", "phone_number_type", "record_type", "regulatory_requirements",
                 "requirements_met", "requirements_status", "status"],
                number.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.Null(number["bundle_id"]);
            Assert.Equal(country, number["country_code"].Str());
            Assert.Equal(country, number["country_iso_alpha2"].Str());
            Assert.True(Guid.TryParseExact(number["id"].Str(), "D", out _), number["id"].Str());
            Assert.Equal(type, number["phone_number_type"].Str());
            Assert.Equal("number_order_phone_number", number["record_type"].Str());
            Assert.Empty(number["regulatory_requirements"]!.AsArray());
            Assert.True(number["requirements_met"]!.GetValue<bool>());
            Assert.Equal("approved", number["requirements_status"].Str());
            Assert.Equal("success", number["status"].Str());
        }

        Assert.Equal(3, numbers.Select(n => n!["id"].Str()).Distinct().Count());
    }

    [Theory]
    [InlineData(new[] { "+19702240001" }, 1)]
    [InlineData(new[] { "+19702240001", "+13034160001" }, 1)]
    [InlineData(new[] { "+19702240001", "+442079460001" }, 2)]
    [InlineData(new[] { "+19702240001", "+18883390001", "+442079460001", "+447700900001" }, 4)]
    public async Task Create_SubNumberOrdersIds_HoldOneUuidPerCountryAndType(string[] numbers, int groups)
    {
        var order = await Client.BuyAsync(numbers);

        var ids = order["sub_number_orders_ids"]!.AsArray().Select(i => i.Str()).ToList();
        Assert.Equal(groups, ids.Count);
        Assert.Equal(groups, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(Guid.TryParseExact(id, "D", out _), id));
        Assert.DoesNotContain(order["id"].Str(), ids);
    }

    [Fact]
    public async Task Create_MakesEachNumberAPhoneNumberOfTheAccount_WithTheOrdersFields()
    {
        var client = Client;
        var connection = await client.CreateNamedAsync("trunk");
        var body = NumberApi.OrderOf("+19702240001", "+18883390001", "+447700900001");
        body["connection_id"] = connection["id"].Str();
        body["customer_reference"] = "MY REF 001";
        body["billing_group_id"] = BillingGroup;
        body["messaging_profile_id"] = MessagingProfile;

        await client.OrderAsync(body);

        Assert.Equal(3, await client.TotalAsync(NumberApi.Numbers));
        Assert.Equal(0, await app.BearerClient(Bob).TotalAsync(NumberApi.Numbers));
        foreach (var (e164, country, type) in new[] { ("+19702240001", "US", "local"), ("+18883390001", "US", "toll_free"), ("+447700900001", "GB", "mobile") })
        {
            var number = await client.NumberAsync(e164);
            Assert.Equal(connection["id"].Str(), number["connection_id"].Str());
            Assert.Equal("trunk", number["connection_name"].Str());
            Assert.Equal("MY REF 001", number["customer_reference"].Str());
            Assert.Equal(BillingGroup, number["billing_group_id"].Str());
            Assert.Equal(MessagingProfile, number["messaging_profile_id"].Str());
            Assert.Equal("active", number["status"].Str());
            Assert.Equal("number_order", number["source_type"].Str());
            Assert.Equal("phone_number", number["record_type"].Str());
            Assert.Equal(country, number["country_iso_alpha2"].Str());
            Assert.Equal(type, number["phone_number_type"].Str());
            var retrieved = (await client.GetOkAsync($"{NumberApi.Numbers}/{number["id"].Str()}"))["data"]!;
            Assert.True(JsonNode.DeepEquals(number, retrieved), retrieved.ToJsonString());
        }
    }

    [Theory]
    [InlineData("+442071234567", "GB", "local")]
    [InlineData("+14155550100", "US", "local")]
    public async Task Create_NumberOutsideTheInventory_TakesItsCountryAndTypeFromLibphonenumber(string e164, string country, string type)
    {
        var order = await Client.BuyAsync(e164);

        Assert.Equal(country, order["phone_numbers"]![0]!["country_iso_alpha2"].Str());
        Assert.Equal(type, order["phone_numbers"]![0]!["phone_number_type"].Str());
        var number = await Client.NumberAsync(e164);
        Assert.Equal(country, number["country_iso_alpha2"].Str());
        Assert.Equal(type, number["phone_number_type"].Str());
    }

    public static TheoryData<string, string[]> Refusals => new()
    {
        { "no phone_numbers", ["/phone_numbers"] },
        { "empty phone_numbers", ["/phone_numbers"] },
        { "101 numbers", ["/phone_numbers"] },
        { "entry without a number", ["/phone_numbers/0/phone_number"] },
        { "no plus", ["/phone_numbers/0/phone_number"] },
        { "country code 0", ["/phone_numbers/1/phone_number"] },
        { "impossible length", ["/phone_numbers/1/phone_number"] },
        { "another account's number", ["/phone_numbers/1/phone_number"] },
        { "the account's own number", ["/phone_numbers/0/phone_number"] },
        { "same number twice", ["/phone_numbers/2/phone_number"] },
        { "another account's connection", ["/connection_id"] },
        { "made-up connection", ["/connection_id"] },
        { "connection id with a leading zero", ["/connection_id"] },
        { "billing group not a UUID", ["/billing_group_id"] },
        { "messaging profile not a UUID", ["/messaging_profile_id"] },
        {
            "all at once",
            ["/phone_numbers/0/phone_number", "/phone_numbers/2/phone_number", "/phone_numbers/3/phone_number", "/phone_numbers/4/phone_number",
             "/connection_id", "/billing_group_id", "/messaging_profile_id"]
        },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Create_Refused_Is422AtEveryPointer_AndStoresNothing(string refusal, string[] pointers)
    {
        var alice = Client;
        var bob = app.BearerClient(Bob);
        var own = await alice.CreateNamedAsync("own");
        await alice.BuyAsync("+19702240050");
        var bobs = await bob.CreateNamedAsync("bobs");
        await bob.BuyAsync("+19702240099");
        var body = refusal switch
        {
            "no phone_numbers" => new JsonObject(),
            "empty phone_numbers" => new JsonObject { ["phone_numbers"] = new JsonArray() },
            "101 numbers" => NumberApi.OrderOf([.. Enumerable.Range(0, 101).Select(i => $"+1303416{i:D4}")]),
            "entry without a number" => new JsonObject { ["phone_numbers"] = new JsonArray(new JsonObject()) },
            "no plus" => NumberApi.OrderOf("12345"),
            "country code 0" => NumberApi.OrderOf("+19702240001", "+0123"),
            "impossible length" => NumberApi.OrderOf("+19702240001", "+1303"),
            "another account's number" => NumberApi.OrderOf("+19702240001", "+19702240099"),
            "the account's own number" => NumberApi.OrderOf("+19702240050", "+19702240001"),
            "same number twice" => NumberApi.OrderOf("+19702240001", "+19702240002", "+19702240001"),
            "another account's connection" => With(NumberApi.OrderOf("+19702240001"), "connection_id", bobs["id"].Str()),
            "made-up connection" => With(NumberApi.OrderOf("+19702240001"), "connection_id", "1234"),
            "connection id with a leading zero" => With(NumberApi.OrderOf("+19702240001"), "connection_id", "0" + own["id"].Str()),
            "billing group not a UUID" => With(NumberApi.OrderOf("+19702240001"), "billing_group_id", "group-1"),
            "messaging profile not a UUID" => With(NumberApi.OrderOf("+19702240001"), "messaging_profile_id", "profile-1"),
            "all at once" => With(With(With(NumberApi.OrderOf("12345", "+19702240001", "+19702240099", "+19702240001", "+1303"),
                "connection_id", "1234"), "billing_group_id", "group-1"), "messaging_profile_id", "profile-1"),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
        };

        var response = await alice.PostJsonAsync(NumberApi.Orders, body.ToJsonString());

        await response.Expect422Async(pointers);
        Assert.Equal(1, await alice.TotalAsync(NumberApi.Orders));
        Assert.Equal(["+19702240050"], (await alice.GetOkAsync(NumberApi.Numbers)).PhoneNumbers());
        Assert.Equal(1, await bob.TotalAsync(NumberApi.Orders));
        Assert.Equal(["+19702240099"], (await bob.GetOkAsync(NumberApi.Numbers)).PhoneNumbers());
    }

    [Fact]
    public async Task Create_OfOneHundredNumbers_IsAccepted()
    {
        var order = await Client.BuyAsync([.. Enumerable.Range(0, 100).Select(i => $"+1303416{i:D4}")]);

        Assert.Equal(100, order["phone_numbers_count"].Int());
        Assert.Equal(100, order["phone_numbers"]!.AsArray().Count);
        Assert.Single(order["sub_number_orders_ids"]!.AsArray());
        Assert.Equal(100, await Client.TotalAsync(NumberApi.Numbers));
    }

    [Fact]
    public async Task Create_WithAnotherAccountsNumber_KeepsNoneOfTheOrdersOtherNumbers()
    {
        var alice = Client;
        await app.BearerClient(Bob).BuyAsync("+19702240099");

        await (await alice.PostJsonAsync(NumberApi.Orders, NumberApi.OrderOf("+19702240001", "+19702240002", "+19702240099").ToJsonString()))
            .Expect422Async("/phone_numbers/2/phone_number");

        Assert.Contains("+19702240001", await app.BearerClient(Bob).SearchNumbersAsync("?filter[phone_number][starts_with]=97022400&filter[limit]=100"));
        var again = await alice.BuyAsync("+19702240001", "+19702240002");
        Assert.Equal(2, again["phone_numbers_count"].Int());
        Assert.Equal(2, await alice.TotalAsync(NumberApi.Numbers));
    }

    [Fact]
    public async Task Create_Refused_SaysWhyEachNumberFailed()
    {
        await app.BearerClient(Bob).BuyAsync("+19702240099");

        var errors = await (await Client.PostJsonAsync(NumberApi.Orders, NumberApi.OrderOf("+19702240001", "+19702240099", "+19702240001").ToJsonString()))
            .Expect422Async("/phone_numbers/1/phone_number", "/phone_numbers/2/phone_number");

        var owned = errors.Single(e => e!["source"]!["pointer"].Str() == "/phone_numbers/1/phone_number")!["detail"].Str();
        var twice = errors.Single(e => e!["source"]!["pointer"].Str() == "/phone_numbers/2/phone_number")!["detail"].Str();
        Assert.Contains("+19702240099", owned);
        Assert.Contains("already owned", owned);
        Assert.Contains("+19702240001", twice);
    }

    [Fact]
    public async Task Retrieve_ByItsUuid_GivesTheOrderAsCreated()
    {
        var order = await Client.BuyAsync("+19702240001", "+442079460001");

        var read = (await Client.GetOkAsync($"{NumberApi.Orders}/{order["id"].Str()}"))["data"]!;

        Assert.True(JsonNode.DeepEquals(order, read), read.ToJsonString());
    }

    [Theory]
    [InlineData("another account's order")]
    [InlineData("made-up UUID")]
    [InlineData("one character changed")]
    [InlineData("decimal id")]
    [InlineData("without dashes")]
    public async Task Retrieve_NotAnOrderOfTheAccount_Returns404(string stranger)
    {
        var order = await Client.BuyAsync("+19702240001");
        var bobs = await app.BearerClient(Bob).BuyAsync("+19702240002");
        var id = order["id"].Str();
        var other = stranger switch
        {
            "another account's order" => bobs["id"].Str(),
            "made-up UUID" => "12ade33a-21c0-473b-b055-b3c836e1c292",
            "one character changed" => id[..^1] + (id[^1] == '0' ? '1' : '0'),
            "decimal id" => "1293384261075731499",
            "without dashes" => id.Replace("-", string.Empty, StringComparison.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(stranger), stranger, null),
        };

        await (await Client.GetAsync($"{NumberApi.Orders}/{other}")).ExpectV2ErrorAsync(404, "10005");
        await (await Client.PatchJsonAsync($"{NumberApi.Orders}/{other}", """{"customer_reference": "x"}""")).ExpectAsync(404);
    }

    private static JsonObject With(JsonObject body, string field, string value)
    {
        body[field] = value;
        return body;
    }
}
