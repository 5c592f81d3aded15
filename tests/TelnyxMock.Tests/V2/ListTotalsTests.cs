using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>
/// List totals are remembered between writes (counting is most of a list request); every kind of write, through
/// every path, must show in the very next list's <c>total_results</c>, filtered or not.
/// </summary>
public sealed class ListTotalsTests : IDisposable
{
    private const string Filtered = "?filter[connection_name][contains]=trunk";

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Totals_FollowCreateUpdateDeleteFixturesAndReset_Immediately()
    {
        var client = app.BearerClient("KEY_totals");
        var control = app.CreateClient();
        Assert.Equal((0, 0), await TotalsAsync(client));

        var id = (await client.CreateNamedAsync("office"))["id"].Str();
        Assert.Equal((1, 0), await TotalsAsync(client));

        await client.PatchAsync(id, """{"connection_name": "main trunk"}""");
        Assert.Equal((1, 1), await TotalsAsync(client));

        await (await control.PostAsync("/_mock/fixtures?account=KEY_totals", Json("""{"ip_connections": [{"connection_name": "trunk-2"}, {"connection_name": "desk"}]}"""))).ExpectAsync(200);
        Assert.Equal((3, 2), await TotalsAsync(client));

        await (await client.DeleteAsync($"/v2/ip_connections/{id}")).ExpectAsync(200);
        Assert.Equal((2, 1), await TotalsAsync(client));

        await (await control.PostAsync("/_mock/reset", Json("""{"account": "KEY_totals"}"""))).ExpectAsync(200);
        Assert.Equal((0, 0), await TotalsAsync(client));
    }

    [Fact]
    public async Task Totals_AreTheAccountsOwn()
    {
        await app.BearerClient("KEY_one").CreateNamedAsync("trunk-one");

        Assert.Equal((0, 0), await TotalsAsync(app.BearerClient("KEY_two")));
        Assert.Equal((1, 1), await TotalsAsync(app.BearerClient("KEY_one")));
    }

    /// <summary>Each list twice, so the second answer comes from what the first remembered.</summary>
    private static async Task<(int All, int Filtered)> TotalsAsync(HttpClient client)
    {
        var all = Total(await client.ListAsync());
        Assert.Equal(all, Total(await client.ListAsync()));
        var filtered = Total(await client.ListAsync(Filtered));
        Assert.Equal(filtered, Total(await client.ListAsync(Filtered)));
        return (all, filtered);
    }

    private static int Total(JsonNode list) => list["meta"]!["total_results"]!.GetValue<int>();

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
