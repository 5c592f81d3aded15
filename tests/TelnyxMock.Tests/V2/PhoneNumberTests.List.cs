using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>Phone number lists: filters, sorts and pages.</summary>
public sealed partial class PhoneNumberTests
{
    [Theory]
    [MemberData(nameof(Filters))]
    public async Task List_Filter_MatchesItsNumbersOnly_NewestFirst(string query, string[] expected)
    {
        var (client, ip, credential) = await SeedAsync();
        query = query.Replace("{ip}", ip, StringComparison.Ordinal).Replace("{credential}", credential, StringComparison.Ordinal);

        var page = await client.GetOkAsync($"{NumberApi.Numbers}?{query}");

        Assert.Equal(expected, page.PhoneNumbers());
        Assert.Equal(expected.Length, page["meta"]!["total_results"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("filter[phone_number]=12", "/filter/phone_number")]
    [InlineData("filter[voice.connection_name][contains]=ab", "/filter/voice.connection_name/contains")]
    [InlineData("filter[voice.connection_name][starts_with]=ab", "/filter/voice.connection_name/starts_with")]
    [InlineData("filter[voice.connection_name][ends_with]=ab", "/filter/voice.connection_name/ends_with")]
    [InlineData("filter[status]=sleeping", "/filter/status")]
    [InlineData("filter[voice.usage_payment_method]=free", "/filter/voice.usage_payment_method")]
    [InlineData("filter[number_type][eq]=landline", "/filter/number_type/eq")]
    [InlineData("filter[source]=stolen", "/filter/source")]
    [InlineData("filter[connection_id]=abc", "/filter/connection_id")]
    [InlineData("sort=colour", "/sort")]
    [InlineData("page[size]=251", "/page/size")]
    public async Task List_BadParameter_Returns400AtItsPointer(string query, string pointer)
    {
        var response = await Client.GetAsync($"{NumberApi.Numbers}?{query}");

        var errors = await response.ExpectV2ErrorAsync(400, "10015", pointer);
        Assert.All(errors, e => Assert.Equal("Invalid parameter", e!["title"].Str()));
    }

    [Fact]
    public async Task List_FilterPhoneNumberOfTwoDigitsAfterAPlus_Returns400()
    {
        var response = await Client.GetAsync($"{NumberApi.Numbers}?filter[phone_number]=%2B12");

        await response.ExpectV2ErrorAsync(400, "10015", "/filter/phone_number");
    }

    [Theory]
    [InlineData("", new[] { N4, N3, N2, N1 })]
    [InlineData("sort=purchased_at", new[] { N1, N2, N3, N4 })]
    [InlineData("sort=-purchased_at", new[] { N4, N3, N2, N1 })]
    [InlineData("sort=phone_number", new[] { N4, N3, N1, N2 })]
    public async Task List_Sort_OrdersTheNumbers(string query, string[] expected)
    {
        var (client, _, _) = await SeedAsync();

        Assert.Equal(expected, (await client.GetOkAsync($"{NumberApi.Numbers}?{query}")).PhoneNumbers());
    }

    [Fact]
    public async Task List_SortByConnectionName_OrdersByTheConnectionsName()
    {
        var (client, _, _) = await SeedAsync();

        var numbers = (await client.GetOkAsync($"{NumberApi.Numbers}?sort=connection_name")).PhoneNumbers();

        Assert.Equal([N4, N3, N1], numbers.Where(n => n != N2));
        Assert.Contains(N2, numbers);
    }

    [Fact]
    public async Task List_SortByUsagePaymentMethod_PutsChannelFirst()
    {
        var (client, _, _) = await SeedAsync();

        var numbers = (await client.GetOkAsync($"{NumberApi.Numbers}?sort=usage_payment_method")).PhoneNumbers();

        Assert.Equal(N3, numbers[0]);
        Assert.Equal([N4, N1, N2], numbers.Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_PageSize_Is20ByDefault_AndOnlyTheAccountsNumbers()
    {
        var client = Client;
        await client.BuyAsync([.. Enumerable.Range(0, 21).Select(i => $"+1303416{i:D4}")]);
        await app.BearerClient(Bob).BuyAsync(N1);

        var page = await client.GetOkAsync(NumberApi.Numbers);

        Assert.Equal(20, page["data"]!.AsArray().Count);
        Assert.DoesNotContain(N1, page.PhoneNumbers());
        var meta = """{"page_number": 1, "page_size": 20, "total_pages": 2, "total_results": 21}""";
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(meta), page["meta"]), page["meta"]!.ToJsonString());
        Assert.Single((await client.GetOkAsync($"{NumberApi.Numbers}?page[number]=2"))["data"]!.AsArray());
    }
}
