using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Json;

using TelnyxMock.Common;

namespace TelnyxMock.Control;

/// <summary>
/// Records every request outside <c>/_mock</c> and <c>/swagger</c> in the <see cref="IRequestJournal"/>
/// once its response is decided. Registered outside the fault middleware, so injected faults are recorded too.
/// It reads the wall clock, not the mock's injectable <see cref="TimeProvider"/>: an observer must not fail
/// a request because a test stood in a clock that throws or stands still.
/// </summary>
public sealed class JournalMiddleware(RequestDelegate next, IRequestJournal journal, IOptions<MockOptions> options, ILogger<JournalMiddleware> logger)
{
    /// <summary>The <see cref="HttpContext.Items"/> key under which the fault middleware names the rule that fired.</summary>
    public static readonly object FaultKey = new();

    private const string Redacted = "[redacted]";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!journal.Enabled || ControlPaths.IsControlOrTooling(context.Request.Path))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var time = DateTime.UtcNow;
        var (body, truncated) = await ReadBodyAsync(context.Request, options.Value.JournalBodyBytes, context.RequestAborted);
        var recorded = false;
        async Task RecordAsync()
        {
            if (recorded)
            {
                return;
            }

            recorded = true;
            var request = context.Request;
            var entry = new JournalEntry(
                0,
                time,
                options.Value.Replica,
                context.Items[typeof(CurrentAccount)] as string,
                request.Method,
                request.Path.Value ?? "/",
                request.QueryString.Value ?? string.Empty,
                Headers(request.Headers),
                body,
                truncated,
                context.Response.StatusCode,
                Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 3),
                context.Items[FaultKey] as long?);
            try
            {
                await journal.AddAsync(entry, CancellationToken.None);
            }
            catch (Exception ex)
            {
                // The journal observes; a journal that cannot be written must not fail the request it observes.
                logger.LogWarning(ex, "The request journal could not record {Method} {Path}", entry.Method, entry.Path);
            }
        }

        // Recorded as the response starts (its status is final then, including the exception handler's 500), and
        // before the client can see it: a client that reads the journal after its response finds its request there,
        // even when the journal is another replica's store.
        context.Response.OnStarting(RecordAsync);
        try
        {
            await next(context);
        }
        finally
        {
            if (context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
            {
                // The client went away: no response will start, so record what there is.
                await RecordAsync();
            }
        }
    }

    /// <summary>Headers with credential values replaced; the Authorization scheme stays, as it tells which auth style was used.</summary>
    private static Dictionary<string, string> Headers(IHeaderDictionary headers)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            var value = values.ToString();
            result[name.ToLowerInvariant()] = name.ToLowerInvariant() switch
            {
                "authorization" => value.Split(' ', 2) is [var scheme, _] ? $"{scheme} {Redacted}" : Redacted,
                "x-api-token" or "x-api-user" or "x-mock-admin-token" or "cookie" or "proxy-authorization" => Redacted,
                _ => value,
            };
        }

        return result;
    }

    /// <summary>
    /// Reads up to <paramref name="limit"/> bytes and rewinds, leaving the whole body for the endpoint;
    /// buffering is what makes the rewind possible. A body declared larger than the mock accepts is not read at all:
    /// the endpoint refuses it with 413 at once, without waiting for bytes the client may never send.
    /// </summary>
    private static async Task<(string? Body, bool Truncated)> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        var detection = request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>();
        if (detection?.CanHaveBody == false || request.ContentLength == 0 || limit <= 0
            || request.ContentLength > LimitedBody.Limit(request.HttpContext))
        {
            return (null, request.ContentLength > 0);
        }

        request.EnableBuffering();
        var buffer = new byte[limit + 1];
        var read = 0;
        int chunk;
        while (read < buffer.Length && (chunk = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += chunk;
        }

        request.Body.Position = 0;
        if (read == 0)
        {
            return (null, false);
        }

        return (Encoding.UTF8.GetString(buffer, 0, Math.Min(read, limit)), read > limit);
    }
}

/// <summary>Paths that are not a Telnyx surface (control, Swagger, the root that leads to it): neither journaled nor subject to faults.</summary>
public static class ControlPaths
{
    public static bool IsControlOrTooling(PathString path) =>
        path.StartsWithSegments("/_mock") || path.StartsWithSegments("/swagger") || path.Value == "/";
}
