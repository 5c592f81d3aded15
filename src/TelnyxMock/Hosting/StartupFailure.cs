using System.Reflection;

namespace TelnyxMock.Hosting;

/// <summary>
/// A mock that cannot start (port taken, bad fixtures file, database of another schema) says why in one message,
/// not in the host's log entry with a stack trace followed by the runtime's "Unhandled exception" dump.
/// </summary>
public static class StartupFailure
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    /// <summary>
    /// When the mock is the process (not a test host running its entry point), silences the host's own "Hosting failed
    /// to start" entry; <see cref="RunAsync"/> reports the failure instead.
    /// </summary>
    public static WebApplicationBuilder ReportStartupFailuresPlainly(this WebApplicationBuilder builder)
    {
        if (!IsTheProcess)
        {
            return builder;
        }

        var starting = new StartingFlag();
        builder.Services.AddSingleton(starting);
        // Warnings and errors of the host after start-up (a failing hosted service) are still logged.
        builder.Logging.AddFilter(HostCategory, level => level >= LogLevel.Warning && !(starting.Starting && level >= LogLevel.Error));
        return builder;
    }

    /// <summary>Starts the app and serves until shutdown; 0 after a normal stop, 1 when it could not start.</summary>
    public static async Task<int> RunAsync(WebApplication app)
    {
        if (!IsTheProcess)
        {
            // A test host (WebApplicationFactory) runs this entry point and expects the start-up exception itself.
            await app.RunAsync();
            return 0;
        }

        try
        {
            await app.StartAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync(ListenAddress.DescribeBindFailure(ex) ?? $"TelnyxMock could not start: {ex.Message}");
            await app.DisposeAsync();
            return 1;
        }

        app.Services.GetRequiredService<StartingFlag>().Starting = false;
        await app.WaitForShutdownAsync();
        await app.DisposeAsync();
        return 0;
    }

    private static bool IsTheProcess => Assembly.GetEntryAssembly() == typeof(StartupFailure).Assembly;

    private sealed class StartingFlag
    {
        public volatile bool Starting = true;
    }
}
