using Microsoft.AspNetCore.Diagnostics;
using TelnyxMock.Common.Errors;

using TelnyxMock.Common;

namespace TelnyxMock.Hosting;

/// <summary>
/// Errors that happen outside the handlers (unknown routes, wrong methods, framework 4xx, unhandled
/// exceptions) still answer in the surface's envelope; nothing leaves the mock as an empty body or HTML.
/// </summary>
public static class ErrorHandling
{
    public static WebApplication UseMockErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            ExceptionHandler = async context =>
            {
                var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
                var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
                var errors = context.GetSurface().Errors();
                var result = status switch
                {
                    StatusCodes.Status413PayloadTooLarge => errors.PayloadTooLarge(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MockOptions>>().Value.MaxBodyBytes),
                    >= 500 => errors.Status(status, "An unexpected error occurred in the mock; the request was not applied."),
                    _ => errors.Status(status, exception?.Message ?? "The request could not be read."),
                };
                await result.ExecuteAsync(context);
            },
        });

        app.UseStatusCodePages(async statusContext =>
        {
            var context = statusContext.HttpContext;
            var errors = context.GetSurface().Errors();
            var result = context.Response.StatusCode switch
            {
                // An unknown path: said to be one, in the envelope of the surface its prefix names (README, "Behaviour").
                StatusCodes.Status404NotFound when context.GetEndpoint() is null => errors.NoRoute(context.Request.Method, context.Request.Path),
                StatusCodes.Status404NotFound => errors.NotFound(),
                // Routing refuses a body type the endpoint does not accept before ResourceBody can say why.
                StatusCodes.Status415UnsupportedMediaType => errors.UnsupportedMediaType(context.Request.ContentType),
                StatusCodes.Status405MethodNotAllowed => errors.Status(405, $"{context.Request.Method} is not allowed on {context.Request.Path}."),
                var status => errors.Status(status, "The request could not be served."),
            };
            await result.ExecuteAsync(context);
        });
        return app;
    }
}
