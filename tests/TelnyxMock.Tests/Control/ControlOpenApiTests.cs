namespace TelnyxMock.Tests.Control;

public sealed class ControlOpenApiTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task ControlDocument_DescribesEveryControlEndpoint()
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/control/swagger.json")).ExpectAsync(200);

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(["/_mock/faults", "/_mock/faults/{id}", "/_mock/fixtures", "/_mock/health", "/_mock/requests", "/_mock/reset"], paths.Order());
    }

    [Fact]
    public async Task TelnyxDocument_LeavesOutTheControlApi()
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);

        Assert.DoesNotContain(document["paths"]!.AsObject(), p => p.Key.StartsWith("/_mock", StringComparison.Ordinal));
    }
}
