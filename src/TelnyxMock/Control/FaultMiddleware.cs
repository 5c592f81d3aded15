using System.Globalization;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Errors;

namespace TelnyxMock.Control;

/// <summary>
/// Applies the fault rules before any endpoint runs: a delay, then perhaps an error in the surface's
/// envelope. A request answered by a fault never reaches a handler, so it never touches the store.
/// </summary>
public sealed class FaultMiddleware(RequestDelegate next, IFaultRules rules, CredentialResolver credentials)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (ControlPaths.IsControlOrTooling(context.Request.Path))
        {
            await next(context);
            return;
        }

        var request = context.Request;
        var surface = context.GetSurface();
        string? account = null;
        var resolved = false;
        string? Account()
        {
            if (!resolved)
            {
                account = credentials.Resolve(request, surface);
                resolved = true;
            }

            return account;
        }

        var decision = await rules.DecideAsync(request.Method, request.Path.Value ?? "/", Account, context.RequestAborted);
        if (decision is null)
        {
            await next(context);
            return;
        }

        context.Items[JournalMiddleware.FaultKey] = decision.Answer?.Id ?? decision.FirstRuleId;
        if (decision.DelayMs > 0)
        {
            await Task.Delay(decision.DelayMs, context.RequestAborted);
        }

        if (decision.Answer is not { Status: { } status } rule)
        {
            await next(context);
            return;
        }

        // The journal shows whose request was failed; the auth filter, which usually names it, does not run.
        if (Account() is { } name)
        {
            context.Items[typeof(CurrentAccount)] = name;
        }

        if (rule.RetryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var detail = rule.Detail ?? $"The mock answered {status} because fault rule {rule.Id} matched {request.Method} {request.Path}.";
        await surface.Errors().Status(status, detail).ExecuteAsync(context);
    }
}
