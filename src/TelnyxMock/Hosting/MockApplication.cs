using Microsoft.Extensions.Configuration.Memory;
using TelnyxMock.Control;
using TelnyxMock.Resources;
using TelnyxMock.V2.Connections;
using TelnyxMock.V2.PhoneNumbers;

namespace TelnyxMock.Hosting;

/// <summary>
/// The one way a TelnyxMock is put together, shared by the executable (image, tool, <c>dotnet run</c>) and the
/// in-process server of <c>TelnyxMock.Testing</c>: default settings, services, middleware and routes.
/// </summary>
public static class MockApplication
{
    /// <summary>
    /// The settings every mock starts from, beneath appsettings.json, environment variables and the command line.
    /// They are in code rather than in an appsettings.json, which neither the .NET tool (started from the user's
    /// folder) nor a test project running the mock in-process would find.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Defaults { get; } = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
    };

    /// <summary>
    /// Host settings every mock is built with (a user's own arguments come after them and win): settings files are read
    /// once, without a watcher on the working folder and its subfolders, which costs start-up time where the tool is
    /// started from a large project (settings are read at start-up only anyway).
    /// </summary>
    public static string[] HostArgs { get; } = ["--hostBuilder:reloadConfigOnChange=false"];

    /// <summary>Adds <see cref="Defaults"/> as the lowest-ranked configuration source, then the mock's services.</summary>
    public static WebApplicationBuilder AddTelnyxMockWithDefaults(this WebApplicationBuilder builder)
    {
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        return builder.AddTelnyxMock();
    }

    /// <summary>The middleware and every route, in the order they must run.</summary>
    public static WebApplication UseTelnyxMock(this WebApplication app)
    {
        app.UseHeadAsGet();
        app.UseMockRequestLogging();
        app.UseMockErrorHandling();
        app.UseMockJournal();
        app.UseMockClock();
        app.UseMockFaults();
        app.UseMockSwagger();
        foreach (var resource in app.Services.GetRequiredService<ResourceRegistry>().All.OfType<IMappedResource>())
        {
            resource.Map(app);
        }

        app.MapV2Connections();
        app.MapAvailablePhoneNumbers();
        app.MapMockControl();
        return app;
    }
}

/// <summary>
/// The mock built to run inside another process (a test suite, through <c>TelnyxMock.Testing</c>): only the given
/// settings over <see cref="MockApplication.Defaults"/>, none of the host process's environment variables,
/// appsettings.json or command line, so a test suite's own ASP.NET Core settings never leak into it.
/// </summary>
public static class InProcessMock
{
    /// <summary>
    /// Builds (does not start) a mock with these settings (configuration keys such as <c>TelnyxMock:Strict</c> or
    /// <c>urls</c>; without <c>urls</c> it listens on a free port of 127.0.0.1). Logging goes nowhere unless
    /// <paramref name="logging"/> adds a provider.
    /// </summary>
    public static WebApplication Build(IReadOnlyDictionary<string, string?> settings, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = MockApplication.HostArgs,
            ApplicationName = typeof(InProcessMock).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(MockApplication.Defaults);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [WebHostDefaults.ServerUrlsKey] = "http://127.0.0.1:0",
            [$"ConnectionStrings:{Data.MockStore.ConnectionStringName}"] = "Data Source=:memory:",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls(builder.Configuration[WebHostDefaults.ServerUrlsKey]!);
        builder.Logging.ClearProviders();
        logging?.Invoke(builder.Logging);
        builder.AddTelnyxMock();
        var app = builder.Build();
        app.UseTelnyxMock();
        return app;
    }
}
