using TelnyxMock.Tests.V1;

namespace TelnyxMock.Tests.Control;

public sealed class FixturesTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Fixtures_Document_IsStoredForItsAccount()
    {
        var result = await app.CreateClient().LoadFixturesAsync("""
            {"account": "alice", "v1_connections": [{"connection_name": "One"}, {"connection_name": "Two"}]}
            """);

        Assert.Equal(2, result["counts"]!["v1_connections"].Int());
        Assert.Equal(["One", "Two"], (await app.V1Client("alice").ListAsync("?order_by=connection_name")).Names());
        Assert.Empty(await app.V1Client("bob").ListAsync());
    }

    [Fact]
    public async Task Fixtures_AccountQueryParameter_NamesTheAccountOfSetsWithoutOne()
    {
        await app.CreateClient().LoadFixturesAsync("""{"v1_connections": [{"connection_name": "One"}]}""", "?account=bob");

        Assert.Equal(["One"], (await app.V1Client("bob").ListAsync()).Names());
    }

    [Fact]
    public async Task Fixtures_ArrayOfDocuments_LoadsEachForItsAccount()
    {
        await app.CreateClient().LoadFixturesAsync("""
            [{"account": "alice", "v1_connections": [{"connection_name": "A"}]},
             {"account": "bob", "v1_connections": [{"connection_name": "B"}]}]
            """);

        Assert.Equal(["A"], (await app.V1Client("alice").ListAsync()).Names());
        Assert.Equal(["B"], (await app.V1Client("bob").ListAsync()).Names());
    }

    [Fact]
    public async Task Fixtures_ThirdEntryBad_Returns422AndStoresNoneOfTheFirstTwo()
    {
        var response = await app.CreateClient().PostJsonAsync("/_mock/fixtures", """
            {"account": "alice", "v1_connections": [
              {"connection_name": "One"},
              {"connection_name": "Two"},
              {"connection_name": "Three", "timeout_1xx": "99"}]}
            """);

        var body = await response.ExpectPointerAsync(422, "/v1_connections/2/timeout_1xx");
        Assert.Single(body["errors"]!.AsArray());
        Assert.Empty(await app.V1Client("alice").ListAsync());
    }

    [Fact]
    public async Task Fixtures_WithoutAnyAccount_Returns422PointingAtAccount()
    {
        var response = await app.CreateClient().PostJsonAsync("/_mock/fixtures", """{"v1_connections": [{"connection_name": "One"}]}""");

        await response.ExpectPointerAsync(422, "/account");
    }

    [Fact]
    public async Task Fixtures_UnknownSection_Returns422NamingIt()
    {
        var response = await app.CreateClient().PostJsonAsync("/_mock/fixtures", """{"account": "a", "v3_things": []}""");

        await response.ExpectPointerAsync(422, "/v3_things");
    }

    [Fact]
    public async Task Fixtures_NotJson_Returns400()
    {
        var response = await app.CreateClient().PostJsonAsync("/_mock/fixtures", "[{");

        await response.ExpectPointerAsync(400, "/");
    }

    [Fact]
    public async Task Fixtures_AfterReset_CanBeLoadedAgain()
    {
        var control = app.CreateClient();
        const string document = """{"account": "alice", "v1_connections": [{"id": "1293384261075731499", "connection_name": "One"}]}""";
        await control.LoadFixturesAsync(document);

        await control.ResetAsync();
        await control.LoadFixturesAsync(document);

        Assert.Single(await app.V1Client("alice").ListAsync());
    }
}
