using Microsoft.Extensions.DependencyInjection;
using TelnyxMock.Tests.V1;

namespace TelnyxMock.Tests.Common;

public sealed class ErrorEnvelopeTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("/nope")]
    [InlineData("/v3/ip_connections")]
    [InlineData("/security/connections/1/2/3")]
    public async Task UnknownPath_Returns404InTheV2Envelope(string path)
    {
        var body = await (await app.V1Client().GetAsync(path)).ExpectAsync(404);

        var error = body["errors"]![0]!;
        Assert.Equal("10005", error["code"].Str());
        Assert.Equal("Resource not found", error["title"].Str());
        Assert.Equal("https://developers.telnyx.com/docs/overview/errors/10005", error["meta"]!["url"].Str());
    }

    [Fact]
    public async Task WrongMethod_Returns405InTheV1Envelope()
    {
        var body = await (await app.V1Client().PatchJsonAsync(V1Api.Path + "/1", "{}")).ExpectAsync(405);

        Assert.False(body["success"]!.GetValue<bool>());
        Assert.Contains("PATCH", body["message"].Str());
    }

    [Fact]
    public async Task UnhandledException_Returns500InTheSurfaceEnvelope_AndStoresNothing()
    {
        using var broken = app.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<TimeProvider>(new BrokenClock())));
        var client = broken.V1Client();

        var body = await (await client.PostJsonAsync(V1Api.Path, """{"connection_name": "x"}""")).ExpectAsync(500);

        Assert.False(body["success"]!.GetValue<bool>());
        Assert.DoesNotContain("InvalidOperationException", body.ToJsonString());
        Assert.Empty(await client.ListAsync());
    }

    /// <summary>A clock that fails, as a bug inside a handler would.</summary>
    private sealed class BrokenClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("broken clock");
    }
}
