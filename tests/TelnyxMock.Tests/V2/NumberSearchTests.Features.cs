namespace TelnyxMock.Tests.V2;

/// <summary>Number search by number type and feature.</summary>
public sealed partial class NumberSearchTests
{
    [Fact]
    public async Task Search_TollFree_GivesQuickshipTollFreeNumbers()
    {
        var body = await Client.GetOkAsync($"{NumberApi.Search}?filter[phone_number_type]=toll_free&filter[limit]=1000");

        var data = body["data"]!.AsArray();
        Assert.Equal(1000, data.Count);
        Assert.All(data, n => Assert.Matches("^\\+1(800|877|888)[0-9]{7}$", n!["phone_number"].Str()));
        Assert.All(data, n => Assert.True(n!["quickship"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Search_MobileInGb_GivesNumbersOf7700()
    {
        var numbers = await Client.SearchNumbersAsync("?filter[country_code]=GB&filter[phone_number_type]=mobile");

        Assert.Equal(50, numbers.Count);
        Assert.All(numbers, n => Assert.StartsWith("+447700", n));
    }

    [Fact]
    public async Task Search_UsLocal_HasTheLocalFeatures()
    {
        var body = await Client.GetOkAsync($"{NumberApi.Search}?filter[locality]=Denver&filter[limit]=1");

        var features = body["data"]![0]!["features"]!.AsArray().Select(f => f!["name"].Str());
        Assert.Equal(["emergency", "fax", "hd_voice", "mms", "sms", "voice"], features.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_GbLocal_HasVoiceFaxAndEmergencyOnly()
    {
        var body = await Client.GetOkAsync($"{NumberApi.Search}?filter[country_code]=GB&filter[locality]=London&filter[limit]=1");

        var features = body["data"]![0]!["features"]!.AsArray().Select(f => f!["name"].Str());
        Assert.Equal(["emergency", "fax", "voice"], features.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Search_FeaturesCommaSeparated_GivesNumbersWithEveryOne()
    {
        var body = await Client.GetOkAsync($"{NumberApi.Search}?filter[features]=sms,mms&filter[limit]=1000");

        var data = body["data"]!.AsArray();
        Assert.Equal(1000, data.Count);
        Assert.All(data, n => Assert.Superset(new HashSet<string> { "sms", "mms" }, n!["features"]!.AsArray().Select(f => f!["name"].Str()).ToHashSet()));
    }

    [Fact]
    public async Task Search_FeaturesRepeated_GivesNumbersWithEveryOne()
    {
        var repeated = await Client.GetOkAsync($"{NumberApi.Search}?filter[features]=sms&filter[features]=fax&filter[limit]=1000");
        var tollFree = await Client.SearchNumbersAsync("?filter[features]=sms&filter[features]=fax&filter[phone_number_type]=toll_free");

        Assert.All(repeated["data"]!.AsArray(), n => Assert.Superset(new HashSet<string> { "sms", "fax" }, n!["features"]!.AsArray().Select(f => f!["name"].Str()).ToHashSet()));
        Assert.NotEmpty(repeated["data"]!.AsArray());
        Assert.Empty(tollFree);
    }

    [Fact]
    public async Task Search_GbWithSms_GivesOnlyMobileAndTollFree()
    {
        var numbers = await Client.SearchNumbersAsync("?filter[country_code]=GB&filter[features]=sms&filter[limit]=1000");
        var local = await Client.SearchNumbersAsync("?filter[country_code]=GB&filter[features]=sms&filter[phone_number_type]=local");

        Assert.Equal(1000, numbers.Count);
        Assert.All(numbers, n => Assert.True(n.StartsWith("+447700", StringComparison.Ordinal) || n.StartsWith("+44800", StringComparison.Ordinal), n));
        Assert.Empty(local);
    }

    [Theory]
    [InlineData("filter[features]=telepathy")]
    [InlineData("filter[features]=sms,telepathy")]
    [InlineData("filter[features]=sms&filter[features]=smoke_signals")]
    public async Task Search_UnknownFeature_Returns400AtFilterFeatures(string query)
    {
        var response = await Client.GetAsync($"{NumberApi.Search}?{query}");

        await response.ExpectV2ErrorAsync(400, "10015", "/filter/features");
    }

    [Fact]
    public async Task Search_Reservable_GivesReservableNumbersOnly()
    {
        var body = await Client.GetOkAsync($"{NumberApi.Search}?filter[reservable]=true&filter[limit]=1000");

        var data = body["data"]!.AsArray();
        Assert.Equal(1000, data.Count);
        Assert.All(data, n => Assert.True(n!["reservable"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Search_Quickship_GivesQuickshipNumbersOnly()
    {
        var body = await Client.GetOkAsync($"{NumberApi.Search}?filter[quickship]=true&filter[limit]=1000");

        var data = body["data"]!.AsArray();
        Assert.Equal(1000, data.Count);
        Assert.All(data, n => Assert.True(n!["quickship"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Search_NumberOwnedByAnyAccount_IsNotOffered_UntilDeleted()
    {
        var alice = Client;
        var bob = app.BearerClient("KEY_bob");
        const string query = "?filter[national_destination_code]=970&filter[limit]=10";
        var before = await bob.SearchNumbersAsync(query);
        var taken = before[0];

        await alice.BuyAsync(taken);
        var whileOwned = await bob.SearchNumbersAsync(query);

        Assert.DoesNotContain(taken, whileOwned);
        Assert.DoesNotContain(taken, await alice.SearchNumbersAsync(query));
        Assert.Equal(before.Skip(1), whileOwned.Take(9));
        Assert.Equal(10, whileOwned.Count);

        var id = (await alice.NumberAsync(taken))["id"].Str();
        await (await alice.DeleteAsync($"{NumberApi.Numbers}/{id}")).ExpectAsync(200);

        Assert.Equal(before, await bob.SearchNumbersAsync(query));
    }
}
