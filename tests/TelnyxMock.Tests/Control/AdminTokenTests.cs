using System.Net.Http.Headers;
using TelnyxMock.Tests.V1;

namespace TelnyxMock.Tests.Control;

public sealed class AdminTokenTests : IDisposable
{
    private readonly TelnyxMockApplication app = new(new Dictionary<string, string?> { ["TelnyxMock:AdminToken"] = "admin-t" });

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("GET", "/_mock/health")]
    [InlineData("POST", "/_mock/reset")]
    [InlineData("POST", "/_mock/fixtures")]
    [InlineData("GET", "/_mock/requests")]
    [InlineData("DELETE", "/_mock/requests")]
    [InlineData("POST", "/_mock/faults")]
    [InlineData("GET", "/_mock/faults")]
    [InlineData("DELETE", "/_mock/faults")]
    [InlineData("GET", "/_mock/clock")]
    [InlineData("POST", "/_mock/clock")]
    public async Task AdminToken_Missing_Returns401(string method, string path)
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        var body = await response.ExpectAsync(401);
        Assert.Equal("10009", body["errors"]![0]!["code"].Str());
    }

    [Fact]
    public async Task AdminToken_Wrong_Returns401()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "admin-x");

        await (await client.GetAsync("/_mock/requests")).ExpectAsync(401);
    }

    [Fact]
    public async Task AdminToken_Missing_LeavesDataAlone()
    {
        await app.V1Client().CreateNamedAsync("x");

        await (await app.CreateClient().PostAsync("/_mock/reset", null)).ExpectAsync(401);

        Assert.Single(await app.V1Client().ListAsync());
    }

    [Fact]
    public async Task AdminToken_AsBearer_IsAccepted()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "admin-t");

        await (await client.GetAsync("/_mock/requests")).ExpectAsync(200);
    }

    [Fact]
    public async Task AdminToken_AsHeader_IsAccepted()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Mock-Admin-Token", "admin-t");

        await client.ResetAsync();
    }

    [Fact]
    public async Task AdminToken_DoesNotApplyToTheTelnyxSurface()
    {
        await app.V1Client().CreateNamedAsync("x");
    }

    [Fact]
    public async Task AdminToken_Unset_ControlApiIsOpen()
    {
        using var open = new TelnyxMockApplication();

        await (await open.CreateClient().GetAsync("/_mock/requests")).ExpectAsync(200);
    }
}
