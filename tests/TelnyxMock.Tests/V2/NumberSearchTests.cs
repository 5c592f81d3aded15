using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>
/// <c>GET /v2/available_phone_numbers</c>: a repeatable search of the mock's inventory with Telnyx's filters, the
/// reference's <c>AvailablePhoneNumber</c> shape, 400s at the bad parameter's pointer, and numbers owned by any account
/// left out until deleted.
/// </summary>
public sealed partial class NumberSearchTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    private HttpClient Client => app.BearerClient("KEY_alice");

    [Fact]
    public async Task Search_SameQueryTwice_GivesTheSameNumbers()
    {
        var first = await Client.SearchNumbersAsync("?filter[administrative_area]=CO&filter[limit]=20");
        var second = await Client.SearchNumbersAsync("?filter[administrative_area]=CO&filter[limit]=20");

        Assert.Equal(20, first.Count);
        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public async Task Search_WithoutFilters_Gives50UsNumbers()
    {
        var numbers = await Client.SearchNumbersAsync();

        Assert.Equal(50, numbers.Count);
        Assert.All(numbers, n => Assert.StartsWith("+1", n));
        Assert.Equal(numbers, await Client.SearchNumbersAsync("?filter[country_code]=US"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public async Task Search_Limit_GivesThatManyNumbers(int limit)
    {
        var numbers = await Client.SearchNumbersAsync($"?filter[limit]={limit}");

        Assert.Equal(limit, numbers.Count);
        Assert.Equal(limit, numbers.Distinct().Count());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("x")]
    [InlineData("-1")]
    public async Task Search_LimitOutOfRange_Returns400AtFilterLimit(string limit)
    {
        var response = await Client.GetAsync($"{NumberApi.Search}?filter[limit]={limit}");

        var errors = await response.ExpectV2ErrorAsync(400, "10015", "/filter/limit");
        Assert.All(errors, e => Assert.Equal("Invalid parameter", e!["title"].Str()));
    }

    [Fact]
    public async Task Search_EachResult_HasTheReferencesShape()
    {
        var body = await Client.GetOkAsync($"{NumberApi.Search}?filter[limit]=30");

        var data = body["data"]!.AsArray();
        Assert.Equal(30, data.Count);
        foreach (var number in data)
        {
            Assert.Equal(
                ["best_effort", "cost_information", "features", "phone_number", "quickship", "record_type", "region_information", "reservable", "vanity_format"],
                number!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.Equal("available_phone_number", number["record_type"].Str());
            Assert.False(number["best_effort"]!.GetValue<bool>());
            Assert.Equal("USD", number["cost_information"]!["currency"].Str());
            Assert.Matches("^[0-9]+\\.[0-9]{2}$", number["cost_information"]!["monthly_cost"].Str());
            Assert.Matches("^[0-9]+\\.[0-9]{2}$", number["cost_information"]!["upfront_cost"].Str());
            Assert.NotEmpty(number["features"]!.AsArray());
            Assert.All(number["features"]!.AsArray(), f => Assert.Equal(["name"], f!.AsObject().Select(p => p.Key)));
            Assert.All(number["features"]!.AsArray(), f => Assert.False(string.IsNullOrEmpty(f!["name"].Str())));
            var regions = number["region_information"]!.AsArray();
            Assert.NotEmpty(regions);
            Assert.All(regions, r => Assert.Equal(["region_name", "region_type"], r!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)));
            Assert.Contains(regions, r => r!["region_name"].Str() == "US" && r["region_type"].Str() == "country_code");
            _ = number["reservable"]!.GetValue<bool>();
            _ = number["quickship"]!.GetValue<bool>();
            Assert.Equal(string.Empty, number["vanity_format"].Str());
            Assert.Matches("^\\+1[0-9]{10}$", number["phone_number"].Str());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("?filter[limit]=3")]
    [InlineData("?filter[country_code]=FR")]
    public async Task Search_MetaAndMetadata_CountTheNumbersReturned(string query)
    {
        var body = await Client.GetOkAsync(NumberApi.Search + query);

        var count = body["data"]!.AsArray().Count;
        var expected = JsonNode.Parse($$"""{"total_results": {{count}}, "best_effort_results": 0}""");
        Assert.True(JsonNode.DeepEquals(expected, body["meta"]), body["meta"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(expected, body["metadata"]), body["metadata"]!.ToJsonString());
    }

    [Theory]
    [InlineData("US", "+1")]
    [InlineData("CA", "+1")]
    [InlineData("GB", "+44")]
    [InlineData("DE", "+49")]
    [InlineData("NL", "+31")]
    [InlineData("AU", "+61")]
    public async Task Search_CountryCode_GivesThatCountrysNumbers(string country, string prefix)
    {
        var body = await Client.GetOkAsync($"{NumberApi.Search}?filter[country_code]={country}");

        var data = body["data"]!.AsArray();
        Assert.Equal(50, data.Count);
        Assert.All(data, n => Assert.StartsWith(prefix, n!["phone_number"].Str()));
        Assert.All(data, n => Assert.Contains(n!["region_information"]!.AsArray(), r => r!["region_name"].Str() == country && r["region_type"].Str() == "country_code"));
    }

    [Fact]
    public async Task Search_CanadaAndUs_OfferDifferentNumbers()
    {
        var us = await Client.SearchNumbersAsync("?filter[country_code]=US&filter[limit]=1000");
        var canada = await Client.SearchNumbersAsync("?filter[country_code]=CA&filter[limit]=1000");

        Assert.Empty(us.Intersect(canada));
    }

    [Fact]
    public async Task Search_CountryOutsideTheInventory_GivesNoNumbers()
    {
        var body = await Client.GetOkAsync($"{NumberApi.Search}?filter[country_code]=FR");

        Assert.Empty(body["data"]!.AsArray());
    }

    [Theory]
    [InlineData("usa")]
    [InlineData("U")]
    [InlineData("12")]
    public async Task Search_MalformedCountryCode_Returns400AtItsPointer(string country)
    {
        var response = await Client.GetAsync($"{NumberApi.Search}?filter[country_code]={country}");

        await response.ExpectV2ErrorAsync(400, "10015", "/filter/country_code");
    }

    [Fact]
    public async Task Search_NationalDestinationCode_GivesNumbersOfThatAreaCode()
    {
        var numbers = await Client.SearchNumbersAsync("?filter[national_destination_code]=970");

        Assert.Equal(50, numbers.Count);
        Assert.All(numbers, n => Assert.StartsWith("+1970", n));
    }

    [Theory]
    [InlineData("denver")]
    [InlineData("Denver")]
    [InlineData("DENVER")]
    public async Task Search_Locality_IsCaseInsensitive(string locality)
    {
        var body = await Client.GetOkAsync($"{NumberApi.Search}?filter[locality]={locality}");

        var data = body["data"]!.AsArray();
        Assert.Equal(50, data.Count);
        Assert.All(data, n => Assert.StartsWith("+1303", n!["phone_number"].Str()));
        Assert.All(data, n => Assert.Contains(n!["region_information"]!.AsArray(), r => r!["region_name"].Str() == "Denver"));
    }

    [Fact]
    public async Task Search_AdministrativeArea_GivesNumbersOfItsCities()
    {
        var all = await Client.SearchNumbersAsync("?filter[administrative_area]=CO&filter[limit]=1000");
        var denver = await Client.SearchNumbersAsync("?filter[administrative_area]=co&filter[phone_number][starts_with]=303");

        Assert.Equal(1000, all.Count);
        Assert.All(all, n => Assert.True(n.StartsWith("+1970", StringComparison.Ordinal) || n.StartsWith("+1303", StringComparison.Ordinal), n));
        Assert.Equal(50, denver.Count);
        Assert.All(denver, n => Assert.StartsWith("+1303", n));
        Assert.Empty(await Client.SearchNumbersAsync("?filter[administrative_area]=CO&filter[phone_number][starts_with]=312"));
    }

    [Theory]
    [InlineData("FORT%20COLLINS")]
    [InlineData("fort%20collins")]
    public async Task Search_RateCenter_GivesThatRateCentersNumbers(string rateCenter)
    {
        var body = await Client.GetOkAsync($"{NumberApi.Search}?filter[rate_center]={rateCenter}");

        var data = body["data"]!.AsArray();
        Assert.Equal(50, data.Count);
        Assert.All(data, n => Assert.StartsWith("+1970", n!["phone_number"].Str()));
        Assert.All(data, n => Assert.Contains(n!["region_information"]!.AsArray(), r => r!["region_name"].Str() == "FORT COLLINS" && r["region_type"].Str() == "rate_center"));
    }

    [Fact]
    public async Task Search_RateCenterOfNoBlock_GivesNoNumbers()
    {
        Assert.Empty(await Client.SearchNumbersAsync("?filter[rate_center]=NOWHERE"));
    }

    [Fact]
    public async Task Search_PhoneNumberStartsWith_MatchesTheNationalNumbersStart()
    {
        var numbers = await Client.SearchNumbersAsync("?filter[phone_number][starts_with]=97022");

        Assert.Equal(50, numbers.Count);
        Assert.All(numbers, n => Assert.StartsWith("+197022", n));
    }

    [Fact]
    public async Task Search_PhoneNumberEndsWith_MatchesTheNumbersEnd()
    {
        var numbers = await Client.SearchNumbersAsync("?filter[phone_number][ends_with]=0042");

        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.EndsWith("0042", n));
        Assert.Contains("+19702240042", numbers);
    }

    [Fact]
    public async Task Search_PhoneNumberContains_MatchesDigitsAnywhere()
    {
        var numbers = await Client.SearchNumbersAsync("?filter[phone_number][contains]=2240&filter[limit]=1000");

        Assert.NotEmpty(numbers);
        Assert.All(numbers, n => Assert.Contains("2240", n[2..]));
        Assert.Contains("+19702240000", numbers);
    }

    [Theory]
    [InlineData("ends_with", "FLOW", "3569")]
    [InlineData("ends_with", "flow", "3569")]
    [InlineData("contains", "TELNYX", "835699")]
    public async Task Search_PhoneNumberLetters_CountAsTheirKeypadDigits(string kind, string letters, string digits)
    {
        var byLetters = await Client.SearchNumbersAsync($"?filter[phone_number][{kind}]={letters}&filter[limit]=1000");
        var byDigits = await Client.SearchNumbersAsync($"?filter[phone_number][{kind}]={digits}&filter[limit]=1000");

        Assert.Equal(byDigits, byLetters);
        Assert.All(byLetters, n => Assert.Contains(digits, n));
        if (kind == "ends_with")
        {
            Assert.NotEmpty(byLetters);
            Assert.All(byLetters, n => Assert.EndsWith(digits, n));
        }
    }

    [Fact]
    public async Task Search_StartsWithAndANationalDestinationCode_AppliesAfterTheCode()
    {
        var afterCode = await Client.SearchNumbersAsync("?filter[national_destination_code]=970&filter[phone_number][starts_with]=224");
        var codeAgain = await Client.SearchNumbersAsync("?filter[national_destination_code]=970&filter[phone_number][starts_with]=970");

        Assert.Equal(50, afterCode.Count);
        Assert.All(afterCode, n => Assert.StartsWith("+1970224", n));
        Assert.Empty(codeAgain);
    }

    [Theory]
    [InlineData("filter[phone_number][starts_with]=12-3", "/filter/phone_number/starts_with")]
    [InlineData("filter[phone_number][ends_with]=%2B1", "/filter/phone_number/ends_with")]
    [InlineData("filter[phone_number][contains]=1234567890123456", "/filter/phone_number/contains")]
    [InlineData("filter[national_destination_code]=ABC", "/filter/national_destination_code")]
    [InlineData("filter[phone_number_type]=landline", "/filter/phone_number_type")]
    [InlineData("filter[quickship]=yes", "/filter/quickship")]
    [InlineData("filter[reservable]=1x", "/filter/reservable")]
    public async Task Search_BadParameter_Returns400AtItsPointer(string query, string pointer)
    {
        var response = await Client.GetAsync($"{NumberApi.Search}?{query}");

        await response.ExpectV2ErrorAsync(400, "10015", pointer);
    }
}
