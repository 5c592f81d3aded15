using System.Net;
using System.Net.Sockets;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TelnyxMock.Testing;

namespace TelnyxMock.Aspire.Hosting.Tests;

/// <summary>The resource's health check against a real mock (in process), with and without an admin token.</summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task Healthy_WhenTheMockAnswersItsHealthEndpoint()
    {
        await using var server = await TelnyxMockServer.StartAsync();
        var telnyx = Model.Builder().AddTelnyxMock("telnyx");

        var result = await CheckAsync(telnyx.Resource, server);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task WithAdminToken_SendsIt_AndAWrongOneIsUnhealthy()
    {
        await using var server = await TelnyxMockServer.StartAsync(o => o.AdminToken = "admin-secret");
        var builder = Model.Builder();
        var right = builder.AddTelnyxMock("right").WithAdminToken(builder.AddParameter("right-token", "admin-secret", secret: true));
        var wrong = builder.AddTelnyxMock("wrong").WithAdminToken(builder.AddParameter("wrong-token", "guess", secret: true));
        var none = builder.AddTelnyxMock("none");

        var results = new[]
        {
            await CheckAsync(right.Resource, server), await CheckAsync(wrong.Resource, server), await CheckAsync(none.Resource, server),
        };

        Assert.Equal([HealthStatus.Healthy, HealthStatus.Unhealthy, HealthStatus.Unhealthy], results.Select(r => r.Status));
        Assert.Contains("answered 401", results[1].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unhealthy_WhenNothingListens()
    {
        var telnyx = Model.Builder().AddTelnyxMock("telnyx");
        // A port that was free a moment ago: nothing answers on it.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Model.Allocate(telnyx.Resource, port, port);

        var result = await new TelnyxMockHealthCheck(telnyx.Resource).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.StartsWith("GET /_mock/health failed", result.Description, StringComparison.Ordinal);
    }

    private static Task<HealthCheckResult> CheckAsync(TelnyxMockResource resource, TelnyxMockServer server)
    {
        Model.Allocate(resource, server.BaseUrl.Port, server.BaseUrl.Port);
        return new TelnyxMockHealthCheck(resource).CheckHealthAsync(new HealthCheckContext());
    }
}
