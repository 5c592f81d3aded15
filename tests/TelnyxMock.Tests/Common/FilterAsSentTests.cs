using TelnyxMock.Tests.Control;

namespace TelnyxMock.Tests.Common;

/// <summary>A name filter is a substring test of exactly what was sent, and its length is counted as sent.</summary>
public sealed class FilterAsSentTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("ice%20", 0)]    // "ice " is not in "main office"
    [InlineData("%20of", 1)]     // " of" (three characters as sent) is
    [InlineData("office", 1)]
    public async Task V2_NameFilter_MatchesTheTextAsSent(string filter, int expected)
    {
        using var client = app.BearerClient();
        await (await client.PostJsonAsync("/v2/ip_connections", """{"connection_name": "main office"}""")).ExpectAsync(201);

        var page = await (await client.GetAsync($"/v2/ip_connections?filter[connection_name][contains]={filter}")).ExpectAsync(200);

        Assert.Equal(expected, page["meta"]!["total_results"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("ice%20", 0)]
    [InlineData("%20of", 1)]
    [InlineData("office", 1)]
    public async Task V1_NameFilter_MatchesTheTextAsSent(string filter, int expected)
    {
        using var client = app.V1Client();
        await (await client.PostJsonAsync("/security/connections", """{"connection_name": "main office"}""")).ExpectAsync(200);

        var list = await (await client.GetAsync($"/security/connections?filter_connection_name={filter}")).ExpectAsync(200);

        Assert.Equal(expected, list.AsArray().Count);
    }

    [Fact]
    public async Task V1_UserNameFilter_MatchesTheTextAsSent()
    {
        using var client = app.V1Client();
        await app.CreateClient().LoadFixturesAsync("""
            {"account": "alice", "v1_connections": [{"connection_name": "soft", "credentials": [{"user_name": "front desk", "password": "pw"}]}]}
            """);

        var spaced = await (await client.GetAsync("/security/connections?filter_auth_user_name=%20desk")).ExpectAsync(200);
        var trailing = await (await client.GetAsync("/security/connections?filter_auth_user_name=desk%20")).ExpectAsync(200);

        Assert.Single(spaced.AsArray());
        Assert.Empty(trailing.AsArray());
    }

    [Theory]
    [InlineData("/v2/ip_connections?filter[connection_name][contains]=%20a", 400)]
    [InlineData("/security/connections?filter_connection_name=%20a", 422)]
    public async Task ShortFilter_CountedAsSent_IsRefused(string url, int status)
    {
        using var client = app.BearerClient();

        var response = await client.GetAsync(url);

        Assert.Equal(status, (int)response.StatusCode);
    }
}
