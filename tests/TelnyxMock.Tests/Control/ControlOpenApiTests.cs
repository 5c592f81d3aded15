using TelnyxMock.Common.Errors;
using TelnyxMock.Tests.Coverage;

namespace TelnyxMock.Tests.Control;

public sealed class ControlOpenApiTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task ControlDocument_DescribesEveryControlEndpoint()
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/control/swagger.json")).ExpectAsync(200);

        var described = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => $"{o.Key.ToUpperInvariant()} {p.Key}")).Order().ToList();
        var control = MockModel.Endpoints.Where(e => e.Surface == Surface.Control).Select(e => e.ToString()).Order().ToList();
        Assert.Equal(control, described);
        Assert.All(control, e => Assert.StartsWith("/_mock/", e.Split(' ')[1], StringComparison.Ordinal));
    }

    [Fact]
    public async Task TelnyxDocument_LeavesOutTheControlApi()
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);

        Assert.DoesNotContain(document["paths"]!.AsObject(), p => p.Key.StartsWith("/_mock", StringComparison.Ordinal));
    }
}
