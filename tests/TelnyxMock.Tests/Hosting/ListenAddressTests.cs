using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using TelnyxMock.Hosting;

namespace TelnyxMock.Tests.Hosting;

/// <summary>Every documented way of choosing the address works, and the image's environment listens everywhere.</summary>
public sealed class ListenAddressTests
{
    private static readonly string[] InMemory = ["--in-memory"];

    [Fact]
    public void NoAddressConfigured_ListensOnLocalhost12111()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration["urls"] = null;
        builder.Configuration["http_ports"] = null;
        builder.Configuration["https_ports"] = null;

        ListenAddress.Configure(builder, port: null);

        Assert.Equal("http://localhost:12111", builder.WebHost.GetSetting("urls"));
    }

    [Fact]
    public void PortOption_ReplacesThePortOfEveryConfiguredAddress()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration["urls"] = "http://+:12111;http://127.0.0.1:5000/";

        ListenAddress.Configure(builder, port: 9000);

        Assert.Equal("http://+:9000;http://127.0.0.1:9000/", builder.WebHost.GetSetting("urls"));
    }

    [Fact]
    public void PortZero_OnLocalhost_BecomesAFreePortOfTheLoopbackAddress()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration["urls"] = null;
        builder.Configuration["http_ports"] = null;

        ListenAddress.Configure(builder, port: 0);

        Assert.Equal("http://127.0.0.1:0", builder.WebHost.GetSetting("urls"));
    }

    [Fact]
    public async Task AspNetCoreUrlsVariable_IsWhereItListens()
    {
        var port = MockCommand.FreePort();
        using var mock = MockCommand.Start(InMemory, new Dictionary<string, string> { ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}" });
        Assert.Equal([$"http://127.0.0.1:{port}"], await mock.WaitForListeningAsync());
    }

    [Fact]
    public async Task UrlsVariable_IsWhereItListens()
    {
        var port = MockCommand.FreePort();
        using var mock = MockCommand.Start(InMemory, new Dictionary<string, string> { ["URLS"] = $"http://127.0.0.1:{port}" });
        Assert.Equal([$"http://127.0.0.1:{port}"], await mock.WaitForListeningAsync());
    }

    [Fact]
    public async Task UrlsArgument_IsWhereItListens()
    {
        var port = MockCommand.FreePort();
        using var mock = MockCommand.Start(["--in-memory", "--urls", $"http://127.0.0.1:{port}"]);
        Assert.Equal([$"http://127.0.0.1:{port}"], await mock.WaitForListeningAsync());
    }

    [Fact]
    public async Task UrlsInAppSettingsOfTheWorkingDirectory_IsWhereItListens()
    {
        var port = MockCommand.FreePort();
        var folder = Directory.CreateTempSubdirectory("telnyxmock-settings").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "appsettings.json"), $$"""{ "Urls": "http://127.0.0.1:{{port}}" }""");
        using var mock = MockCommand.Start(InMemory, workingDirectory: folder);
        Assert.Equal([$"http://127.0.0.1:{port}"], await mock.WaitForListeningAsync());
    }

    [Fact]
    public async Task PortOption_ListensOnLocalhostAtThatPort()
    {
        var port = MockCommand.FreePort();
        using var mock = MockCommand.Start(["--in-memory", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.Equal([$"http://localhost:{port}"], await mock.WaitForListeningAsync());
    }

    [Fact]
    public async Task ImageEnvironment_ListensOnEveryInterface_WithoutAWarning()
    {
        // The base image's ASPNETCORE_HTTP_PORTS=8080, emptied by the Dockerfile, and its ASPNETCORE_URLS (port changed).
        var port = MockCommand.FreePort();
        using var mock = MockCommand.Start(InMemory, new Dictionary<string, string>
        {
            ["ASPNETCORE_HTTP_PORTS"] = "",
            ["ASPNETCORE_URLS"] = $"http://+:{port}",
            ["DOTNET_RUNNING_IN_CONTAINER"] = "true",
        });

        Assert.Equal([$"http://[::]:{port}"], await mock.WaitForListeningAsync());
        Assert.DoesNotContain("warn:", mock.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortInUse_ExitsWithOneLineNamingThePortAndTheSetting()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        using var mock = MockCommand.Start(["--in-memory", "--urls", $"http://127.0.0.1:{port}"]);

        Assert.Equal(1, await mock.WaitForExitAsync());
        var lines = mock.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.Contains($"port {port} is already in use", line, StringComparison.Ordinal);
        Assert.Contains("--port", line, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_URLS", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", mock.Output + mock.Error, StringComparison.Ordinal);
    }
}
