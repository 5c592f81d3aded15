using TelnyxMock.Tests.V1;

namespace TelnyxMock.Tests.Control;

/// <summary>Managing fault rules: list, delete, and what a rule may say.</summary>
public sealed class FaultRulesApiTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Faults_List_ShowsRemainingCounts()
    {
        var control = app.CreateClient();
        await control.AddFaultAsync("""{"path": "/security/connections", "status": 500, "times": 3}""");
        await app.V1Client().GetAsync(V1Api.Path);

        var rule = (await (await control.GetAsync("/_mock/faults")).ExpectAsync(200)).AsArray().Single()!;

        Assert.Equal(2, rule["remaining"].Int());
        Assert.Equal(1, rule["fired"].Int());
    }

    [Fact]
    public async Task Faults_Delete_RemovesThemAll()
    {
        var control = app.CreateClient();
        await control.AddFaultAsync("""{"path": "/security/connections", "status": 500}""");

        await (await control.DeleteAsync("/_mock/faults")).ExpectAsync(200);

        await (await app.V1Client().GetAsync(V1Api.Path)).ExpectAsync(200);
        Assert.Empty((await (await control.GetAsync("/_mock/faults")).ExpectAsync(200)).AsArray());
    }

    [Fact]
    public async Task Faults_DeleteOne_RemovesOnlyIt()
    {
        var control = app.CreateClient();
        var first = await control.AddFaultAsync("""{"path": "/a", "status": 500}""");
        await control.AddFaultAsync("""{"path": "/b", "status": 500}""");

        Assert.Equal(204, (int)(await control.DeleteAsync($"/_mock/faults/{first["id"].Int()}")).StatusCode);
        Assert.Equal(404, (int)(await control.DeleteAsync($"/_mock/faults/{first["id"].Int()}")).StatusCode);

        Assert.Equal(["/b"], (await (await control.GetAsync("/_mock/faults")).ExpectAsync(200)).AsArray().Select(r => r!["path"].Str()));
    }

    [Theory]
    [InlineData("""{"path": "/x", "status": 42}""", "/status", "status must be between 400 and 599, got 42.")]
    [InlineData("""{"path": "/x", "status": 500, "probability": 1.5}""", "/probability", "probability must be between 0 and 1, got 1.5.")]
    [InlineData("""{"path": "/x", "status": 500, "times": 0}""", "/times", "times must be at least 1, got 0.")]
    [InlineData("""{"path": "/x", "status": 500, "method": "BREW"}""", "/method", null)]
    [InlineData("""{"status": 500}""", "/path", "path is required.")]
    [InlineData("""{"path": "/x"}""", "/status", null)]
    [InlineData("""{"path": "/x", "status": "500"}""", "/status", null)]
    [InlineData("""{"path": "/x", "status": 500, "stauts": 1}""", "/stauts", null)]
    public async Task Fault_InvalidRule_Returns422PointingAtTheField(string rule, string pointer, string? detail)
    {
        var body = await (await app.CreateClient().PostJsonAsync("/_mock/faults", rule)).ExpectPointerAsync(422, pointer);

        if (detail is not null)
        {
            Assert.Contains(detail, body["errors"]!.AsArray().Select(e => e!["detail"].Str()));
        }
    }

    [Fact]
    public async Task Fault_WithoutABody_Returns422PointingAtPath()
    {
        var body = await (await app.CreateClient().PostAsync("/_mock/faults", null)).ExpectPointerAsync(422, "/path");

        Assert.Contains("path is required.", body["errors"]!.AsArray().Select(e => e!["detail"].Str()));
    }
}
