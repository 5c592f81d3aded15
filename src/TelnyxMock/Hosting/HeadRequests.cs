namespace TelnyxMock.Hosting;

/// <summary>
/// <c>HEAD</c> is answered wherever <c>GET</c> is, as HTTP says it should be (probes and link checkers send it): the
/// request is served as a <c>GET</c>, with the same status and headers, and its body is dropped.
/// </summary>
public static class HeadRequests
{
    /// <summary>Must run before routing, which then matches the request as the <c>GET</c> it is served as.</summary>
    public static WebApplication UseHeadAsGet(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            context.Request.Method = HttpMethods.Get;
            var body = context.Response.Body;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = body;
                context.Request.Method = HttpMethods.Head;
            }
        });
        app.UseRouting();
        return app;
    }
}
