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
    [InlineData("/v2/ip_conections")]
    public async Task UnknownPath_Returns404InTheV2Envelope_SayingTheRouteDoesNotExist(string path)
    {
        var body = await (await app.V1Client().GetAsync(path)).ExpectAsync(404);

        var error = body["errors"]![0]!;
        Assert.Equal("10005", error["code"].Str());
        Assert.Equal("Resource not found", error["title"].Str());
        Assert.Equal($"There is no route GET {path}: the mock's routes are listed at /swagger.", error["detail"].Str());
        Assert.Equal("https://developers.telnyx.com/docs/overview/errors/10005", error["meta"]!["url"].Str());
    }

    /// <summary>A typo under V1's prefix answered in V2's envelope, and like an unknown id; now in V1's, saying the route does not exist.</summary>
    [Theory]
    [InlineData("/security/connectionz")]
    [InlineData("/security/connections/1/2/3")]
    public async Task UnknownPathUnderV1_Returns404InTheV1Envelope_SayingTheRouteDoesNotExist(string path)
    {
        var body = await (await app.V1Client().GetAsync(path)).ExpectAsync(404);

        Assert.False(body["success"]!.GetValue<bool>());
        Assert.Equal($"There is no route GET {path}: the mock's routes are listed at /swagger.", body["message"].Str());
    }

    /// <summary>HEAD answered 405 everywhere, so HEAD-based probes failed; it is answered as GET is, without a body.</summary>
    [Theory]
    [InlineData("/_mock/health", null, 200)]
    [InlineData("/v2/ip_connections", "Bearer KEY_head", 200)]
    [InlineData("/v2/ip_connections", null, 401)]
    [InlineData("/v2/ip_connections/123", "Bearer KEY_head", 404)]
    [InlineData("/v2/no_such_route", "Bearer KEY_head", 404)]
    public async Task Head_IsAnsweredAsGet_WithoutABody(string path, string? authorization, int status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>An unknown id of a route that exists still answers the resource's own 404, not the route's.</summary>
    [Fact]
    public async Task UnknownId_StillAnswersTheResourcesNotFound()
    {
        var v2 = await (await app.BearerClient().GetAsync("/v2/ip_connections/123")).ExpectAsync(404);
        var v1 = await (await app.V1Client().GetAsync(V1Api.Path + "/123")).ExpectAsync(404);

        Assert.Equal("The requested resource or URL could not be found.", v2["errors"]![0]!["detail"].Str());
        Assert.Equal("Connection not found", v1["message"].Str());
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
