using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace TelnyxMock.Aspire.Hosting.Tests;

/// <summary>The mock as a process (the default): what Aspire would start, and with which settings.</summary>
public sealed class ProcessModelTests
{
    [Fact]
    public async Task AddTelnyxMock_RunsTheToolOnTheEndpointsTargetPort_InMemory()
    {
        var builder = Model.Builder();
        var telnyx = builder.AddTelnyxMock("telnyx");
        Model.Allocate(telnyx.Resource, port: 5111, targetPort: 6222);

        var (args, env) = await Model.EvaluateAsync(telnyx.Resource);

        var resource = Assert.Single(builder.Resources.OfType<ExecutableResource>());
        Assert.Same(telnyx.Resource, resource);
        Assert.Equal("telnyxmock", resource.Command);
        var endpoint = Assert.Single(resource.Annotations.OfType<EndpointAnnotation>());
        Assert.Equal(("http", "http", null), (endpoint.Name, endpoint.UriScheme, endpoint.TargetPort));
        Assert.Equal(["--port", "6222"], args);
        Assert.Equal(new Dictionary<string, string> { ["ConnectionStrings__TelnyxMock"] = "Data Source=:memory:" }, Model.Settings(env));
    }

    [Fact]
    public async Task AddTelnyxMock_WithAPort_PublishesItOnThatHostPort()
    {
        var telnyx = Model.Builder().AddTelnyxMock("telnyx", port: 12111);

        Assert.Equal(12111, Assert.Single(telnyx.Resource.Annotations.OfType<EndpointAnnotation>()).Port);
        Model.Allocate(telnyx.Resource, port: 12111, targetPort: 40000);
        Assert.Equal("http://localhost:12111/v2", await telnyx.Resource.ConnectionStringExpression.GetValueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RunFromAssembly_RunsItWithDotnet_RelativeToTheAppHost()
    {
        var builder = Model.Builder();
        var telnyx = builder.AddTelnyxMock("telnyx").RunFromAssembly("mock/TelnyxMock.dll");
        Model.Allocate(telnyx.Resource, port: 5111, targetPort: 6222);

        var (args, _) = await Model.EvaluateAsync(telnyx.Resource);

        Assert.Equal("dotnet", telnyx.Resource.Command);
        Assert.Equal([Path.Combine(builder.AppHostDirectory, "mock", "TelnyxMock.dll"), "--port", "6222"], args);
    }

    [Fact]
    public async Task Settings_BecomeTheMocksSettings()
    {
        var builder = Model.Builder();
        var key = builder.AddParameter("key", "KEY_aspire");
        var admin = builder.AddParameter("admin", "admin-secret", secret: true);
        var tokens = builder.AddParameter("tokens", "jwt-secret", secret: true);
        var telnyx = builder.AddTelnyxMock("telnyx")
            .WithFixtures("fixtures/trunks.json")
            .WithDataFile("data/telnyx.db")
            .WithStrict()
            .WithApiKey(key)
            .WithAdminToken(admin)
            .WithTokenSecret(tokens);
        Model.Allocate(telnyx.Resource, port: 5111, targetPort: 6222);

        var (_, env) = await Model.EvaluateAsync(telnyx.Resource);

        Assert.Equal(new Dictionary<string, string>
        {
            ["ConnectionStrings__TelnyxMock"] = $"Data Source={Path.Combine(builder.AppHostDirectory, "data", "telnyx.db")}",
            ["TelnyxMock__FixturesFile"] = Path.Combine(builder.AppHostDirectory, "fixtures", "trunks.json"),
            ["TelnyxMock__Strict"] = "true",
            ["TelnyxMock__Accounts__0__Name"] = "KEY_aspire",
            ["TelnyxMock__Accounts__0__ApiKeys__0"] = "KEY_aspire",
            ["TelnyxMock__AdminToken"] = "admin-secret",
            ["TelnyxMock__TokenSecret"] = "jwt-secret",
        }, Model.Settings(env));
    }

    [Fact]
    public async Task WithStrictFalse_LeavesTheMocksDefault()
    {
        var telnyx = Model.Builder().AddTelnyxMock("telnyx").WithStrict().WithStrict(false);
        Model.Allocate(telnyx.Resource, port: 5111, targetPort: 6222);

        var (_, env) = await Model.EvaluateAsync(telnyx.Resource);

        Assert.DoesNotContain("TelnyxMock__Strict", env.Keys);
    }

    [Fact]
    public void HealthCheck_IsRegisteredUnderTheResourcesKey()
    {
        var builder = Model.Builder();
        var telnyx = builder.AddTelnyxMock("telnyx");

        var annotation = Assert.Single(telnyx.Resource.Annotations.OfType<HealthCheckAnnotation>());
        using var services = builder.Services.BuildServiceProvider();
        var registration = Assert.Single(services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations, r => r.Name == annotation.Key);
        Assert.IsType<TelnyxMockHealthCheck>(registration.Factory(services));
    }

    [Fact]
    public void TwoMocks_HaveAHealthCheckEach()
    {
        var builder = Model.Builder();
        var a = builder.AddTelnyxMock("telnyx-a");
        var b = builder.AddTelnyxMock("telnyx-b");

        Assert.NotEqual(a.Resource.Annotations.OfType<HealthCheckAnnotation>().Single().Key, b.Resource.Annotations.OfType<HealthCheckAnnotation>().Single().Key);
    }
}
