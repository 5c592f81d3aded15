using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

public sealed class ListIpConnectionsTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task List_NoConnections_ReturnsEmptyDataAndZeroMeta()
    {
        var list = await app.BearerClient().ListAsync();

        Assert.Empty(list["data"]!.AsArray());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"page_number":1,"page_size":250,"total_pages":0,"total_results":0}"""), list["meta"]));
    }

    [Fact]
    public async Task List_WithoutSort_IsNewestFirst()
    {
        var client = app.BearerClient();
        await CreateNamesAsync(client, "first", "second", "third");

        Assert.Equal(["third", "second", "first"], (await client.ListAsync()).Names());
    }

    [Theory]
    [InlineData("created_at", new[] { "b-office", "A-home", "c-lab" })]
    [InlineData("-created_at", new[] { "c-lab", "A-home", "b-office" })]
    [InlineData("connection_name", new[] { "A-home", "b-office", "c-lab" })]
    [InlineData("-connection_name", new[] { "c-lab", "b-office", "A-home" })]
    public async Task List_Sort_OrdersBothDirections(string sort, string[] expected)
    {
        var client = app.BearerClient();
        await CreateNamesAsync(client, "b-office", "A-home", "c-lab");

        Assert.Equal(expected, (await client.ListAsync($"?sort={sort}")).Names());
    }

    [Theory]
    [InlineData("active", new[] { "off-1", "off-2", "on-1", "on-2" })]
    [InlineData("-active", new[] { "on-2", "on-1", "off-2", "off-1" })]
    public async Task List_SortActive_OrdersInactiveFirstAscendingAndActiveFirstDescending(string sort, string[] expected)
    {
        var client = app.BearerClient();
        await client.CreateNamedAsync("on-1");
        await client.CreateAsync("""{"connection_name":"off-1","active":false}""");
        await client.CreateNamedAsync("on-2");
        await client.CreateAsync("""{"connection_name":"off-2","active":false}""");

        Assert.Equal(expected, (await client.ListAsync($"?sort={sort}")).Names());
    }

    [Theory]
    [InlineData("off", new[] { "office paris", "Office Berlin" })]
    [InlineData("OFFICE b", new[] { "Office Berlin" })]
    [InlineData("hom", new[] { "Home" })]
    [InlineData("xyz", new string[0])]
    public async Task List_FilterNameContains_MatchesCaseInsensitiveSubstring(string contains, string[] expected)
    {
        var client = app.BearerClient();
        await CreateNamesAsync(client, "Office Berlin", "Home", "office paris");
        await client.CreateAsync();

        var list = await client.ListAsync($"?filter[connection_name][contains]={Uri.EscapeDataString(contains)}");

        Assert.Equal(expected, list.Names());
        Assert.Equal(expected.Length, list["meta"]!["total_results"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("0% o", new[] { "50% off" })]
    [InlineData("a_b", new[] { "a_b line" })]
    public async Task List_FilterNameContains_TakesWildcardCharactersLiterally(string contains, string[] expected)
    {
        var client = app.BearerClient();
        await CreateNamesAsync(client, "50% off", "500 offers", "a_b line", "axb line");

        Assert.Equal(expected, (await client.ListAsync($"?filter[connection_name][contains]={Uri.EscapeDataString(contains)}")).Names());
    }

    [Fact]
    public async Task List_FilterNameContainsUnderThreeCharacters_Returns400AtItsPointer()
    {
        var response = await app.BearerClient().GetAsync($"{V2Api.Path}?filter[connection_name][contains]=of");

        var errors = await response.ExpectV2ErrorAsync(400, "10015", "/filter/connection_name/contains");
        Assert.Equal("Invalid parameter", errors[0]!["title"].Str());
    }

    [Theory]
    [InlineData("filter[outbound_voice_profile_id]")]
    [InlineData("filter[outbound.outbound_voice_profile_id]")]
    public async Task List_FilterOutboundVoiceProfileId_MatchesThatProfileOnly(string parameter)
    {
        var client = app.BearerClient();
        var first = await client.CreateProfileAsync("first");
        var second = await client.CreateProfileAsync("second");
        await client.CreateAsync($$$"""{"connection_name":"p1","outbound":{"outbound_voice_profile_id":"{{{first}}}"}}""");
        await client.CreateAsync($$$"""{"connection_name":"p2","outbound":{"outbound_voice_profile_id":{{{second}}}}}""");
        await client.CreateNamedAsync("none");

        Assert.Equal(["p1"], (await client.ListAsync($"?{parameter}={first}")).Names());
        Assert.Equal(["p2"], (await client.ListAsync($"?{parameter}={second}")).Names());
        Assert.Empty((await client.ListAsync($"?{parameter}=7"))["data"]!.AsArray());
    }

    [Theory]
    [InlineData("filter[outbound_voice_profile_id]=abc", "/filter/outbound_voice_profile_id")]
    [InlineData("filter[outbound.outbound_voice_profile_id]=-1", "/filter/outbound.outbound_voice_profile_id")]
    [InlineData("page[size]=0", "/page/size")]
    [InlineData("page[size]=251", "/page/size")]
    [InlineData("page[size]=ten", "/page/size")]
    [InlineData("page[number]=0", "/page/number")]
    [InlineData("sort=name", "/sort")]
    [InlineData("sort=%2Bconnection_name", "/sort")]
    [InlineData("sort=created_at&sort=active", "/sort")]
    public async Task List_BadParameter_Returns400InvalidParameterAtItsPointer(string query, string pointer)
    {
        var response = await app.BearerClient().GetAsync($"{V2Api.Path}?{query}");

        var errors = await response.ExpectV2ErrorAsync(400, "10015", pointer);
        Assert.All(errors, e => Assert.Equal("Invalid parameter", e!["title"].Str()));
    }

    [Fact]
    public async Task List_SeveralBadParameters_ReportsEach()
    {
        var response = await app.BearerClient().GetAsync($"{V2Api.Path}?page[size]=0&sort=x&filter[connection_name][contains]=a");

        var errors = await response.ExpectV2ErrorAsync(400, "10015", "/page/size", "/sort", "/filter/connection_name/contains");
        Assert.Equal(3, errors.Count);
    }

    [Theory]
    [InlineData(1, new[] { "c5", "c4" })]
    [InlineData(2, new[] { "c3", "c2" })]
    [InlineData(3, new[] { "c1" })]
    [InlineData(4, new string[0])]
    public async Task List_Paging_ReturnsThePageAndMeta(int page, string[] expected)
    {
        var client = app.BearerClient();
        await CreateNamesAsync(client, "c1", "c2", "c3", "c4", "c5");

        var list = await client.ListAsync($"?page[size]=2&page[number]={page}");

        Assert.Equal(expected, list.Names());
        var meta = $$"""{"page_number":{{page}},"page_size":2,"total_pages":3,"total_results":5}""";
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(meta), list["meta"]), list["meta"]!.ToJsonString());
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(250, 3)]
    public async Task List_PageSizeAtItsLimits_IsAccepted(int size, int expectedCount)
    {
        var client = app.BearerClient();
        await CreateNamesAsync(client, "a", "b", "c");

        var list = await client.ListAsync($"?page[size]={size}");

        Assert.Equal(expectedCount, list["data"]!.AsArray().Count);
        Assert.Equal(size, list["meta"]!["page_size"]!.GetValue<int>());
    }

    [Fact]
    public async Task List_FilterWithPaging_CountsOnlyMatches()
    {
        var client = app.BearerClient();
        await CreateNamesAsync(client, "office 1", "home", "office 2", "office 3");

        var list = await client.ListAsync("?filter[connection_name][contains]=office&page[size]=2&sort=connection_name");

        Assert.Equal(["office 1", "office 2"], list.Names());
        Assert.Equal(2, list["meta"]!["total_pages"]!.GetValue<int>());
        Assert.Equal(3, list["meta"]!["total_results"]!.GetValue<int>());
    }

    private static async Task CreateNamesAsync(HttpClient client, params string[] names)
    {
        foreach (var name in names)
        {
            await client.CreateNamedAsync(name);
        }
    }
}
