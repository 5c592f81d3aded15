namespace TelnyxMock.Tests.V1;

public sealed class ListConnectionTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task List_NoConnections_ReturnsEmptyArray()
    {
        Assert.Empty(await app.V1Client().ListAsync());
    }

    [Fact]
    public async Task List_Default_IsNewestFirst_AndReverseIsOldestFirst()
    {
        var client = app.V1Client();
        foreach (var name in new[] { "first", "second", "third" })
        {
            await client.CreateNamedAsync(name);
        }

        Assert.Equal(["third", "second", "first"], (await client.ListAsync()).Names());
        Assert.Equal(["third", "second", "first"], (await client.ListAsync("?order_by=created_at")).Names());
        Assert.Equal(["first", "second", "third"], (await client.ListAsync("?order_by=created_at&sort_direction=reverse")).Names());
    }

    [Fact]
    public async Task List_ByConnectionName_IsAlphabeticalIgnoringCase()
    {
        var client = app.V1Client();
        foreach (var name in new[] { "bravo", "Alpha", "charlie" })
        {
            await client.CreateNamedAsync(name);
        }

        Assert.Equal(["Alpha", "bravo", "charlie"], (await client.ListAsync("?order_by=connection_name")).Names());
        Assert.Equal(["charlie", "bravo", "Alpha"], (await client.ListAsync("?order_by=connection_name&sort_direction=reverse")).Names());
    }

    [Fact]
    public async Task List_ByActive_PutsActiveFirst()
    {
        var client = app.V1Client();
        await client.CreateAsync("""{"connection_name": "off-1", "active": false}""");
        await client.CreateAsync("""{"connection_name": "on-1"}""");
        await client.CreateAsync("""{"connection_name": "off-2", "active": false}""");

        Assert.Equal(["on-1", "off-2", "off-1"], (await client.ListAsync("?order_by=active")).Names());
        Assert.Equal(["off-1", "off-2", "on-1"], (await client.ListAsync("?order_by=active&sort_direction=reverse")).Names());
    }

    [Fact]
    public async Task List_FilterConnectionName_IsCaseInsensitiveSubstring()
    {
        var client = app.V1Client();
        foreach (var name in new[] { "Chicago Office", "office-ny", "Warehouse", "ZÜRICH Büro" })
        {
            await client.CreateNamedAsync(name);
        }

        Assert.Equal(["office-ny", "Chicago Office"], (await client.ListAsync("?filter_connection_name=OFFICE")).Names());
        Assert.Equal(["ZÜRICH Büro"], (await client.ListAsync("?filter_connection_name=zürich")).Names());
        Assert.Empty(await client.ListAsync("?filter_connection_name=nothing"));
    }

    [Theory]
    [InlineData("%25%25%25")]
    [InlineData("___")]
    [InlineData("%27%20OR%20%271%27%3D%271")]
    public async Task List_FilterWithSqlCharacters_MatchesLiterally(string filter)
    {
        var client = app.V1Client();
        await client.CreateNamedAsync("plain name");

        Assert.Empty(await client.ListAsync($"?filter_connection_name={filter}"));
    }

    [Fact]
    public async Task List_Paging_ReturnsTheRequestedSlice()
    {
        var client = app.V1Client();
        for (var i = 1; i <= 5; i++)
        {
            await client.CreateNamedAsync($"c{i}");
        }

        Assert.Equal(["c5", "c4"], (await client.ListAsync("?per_page=2&page=1")).Names());
        Assert.Equal(["c3", "c2"], (await client.ListAsync("?per_page=2&page=2")).Names());
        Assert.Equal(["c1"], (await client.ListAsync("?per_page=2&page=3")).Names());
        Assert.Empty(await client.ListAsync("?per_page=2&page=4"));
        Assert.Empty(await client.ListAsync("?per_page=1000&page=2147483647"));
        Assert.Equal(5, (await client.ListAsync("?per_page=1000")).Count);
    }

    [Fact]
    public async Task List_DefaultPageSize_Is100()
    {
        var client = app.V1Client();
        for (var i = 0; i < 101; i++)
        {
            await client.CreateNamedAsync($"c{i}");
        }

        Assert.Equal(100, (await client.ListAsync()).Count);
        Assert.Single(await client.ListAsync("?page=2"));
    }

    [Fact]
    public async Task List_Typeahead_ReturnsOnlyIdAndName()
    {
        var client = app.V1Client();
        var created = await client.CreateNamedAsync("Office");

        var list = await client.ListAsync("?mode=typeahead");

        Assert.Equal($$"""[{"id":"{{created["id"].Str()}}","connection_name":"Office"}]""", list.ToJsonString());
    }

    [Theory]
    [InlineData("?per_page=0", "per_page")]
    [InlineData("?per_page=1001", "per_page")]
    [InlineData("?per_page=ten", "per_page")]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-1", "page")]
    [InlineData("?page=99999999999999", "page")]
    [InlineData("?page=", "page")]
    [InlineData("?page=1&page=2", "page")]
    [InlineData("?order_by=name", "order_by")]
    [InlineData("?order_by=CREATED_AT", "order_by")]
    [InlineData("?sort_direction=asc", "sort_direction")]
    [InlineData("?mode=full", "mode")]
    [InlineData("?with_ips=yes", "with_ips")]
    [InlineData("?with_auth=1", "with_auth")]
    [InlineData("?with_fqdns=maybe", "with_fqdns")]
    [InlineData("?filter_connection_name=ab", "filter_connection_name")]
    [InlineData("?filter_connection_name=%20a", "filter_connection_name")]
    [InlineData("?filter_auth_user_name=al", "filter_auth_user_name")]
    [InlineData("?filter_ip_address=", "filter_ip_address")]
    public async Task List_MisusedParameter_Returns422NamingIt(string query, string field)
    {
        var response = await app.V1Client().GetAsync(V1Api.Path + query);

        await response.ExpectV1ErrorAsync(422, field);
    }

    [Fact]
    public async Task List_SeveralMisusedParameters_ReportsThemAll()
    {
        var response = await app.V1Client().GetAsync($"{V1Api.Path}?per_page=0&order_by=x&filter_connection_name=a");

        var body = await response.ExpectAsync(422);
        Assert.Equal(3, body["reasons"]!.AsObject().Count);
    }
}
