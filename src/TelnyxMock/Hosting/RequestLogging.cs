using System.Diagnostics;
using Microsoft.Extensions.Options;
using TelnyxMock.Common.Auth;

using TelnyxMock.Common;

namespace TelnyxMock.Hosting;

/// <summary>
/// One structured log line per request (method, path, status, duration, account), unless
/// <see cref="MockOptions.Quiet"/> is set. With <c>Logging__Console__FormatterName=json</c> each line is a JSON object.
/// </summary>
public static partial class RequestLogging
{
    public static WebApplication UseMockRequestLogging(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<MockOptions>>().Value.Quiet)
        {
            return app;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TelnyxMock.Requests");
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                var account = context.Items.TryGetValue(typeof(CurrentAccount), out var name) ? name as string : null;
                LogRequest(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds, account ?? "-");
            }
        });
        return app;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} {Status} {DurationMs:0.0}ms account={Account}")]
    private static partial void LogRequest(ILogger logger, string method, string path, int status, double durationMs, string account);
}
