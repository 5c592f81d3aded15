using TelnyxMock.Common.Errors;

namespace TelnyxMock.Common.Auth;

/// <summary>Answers 401 in the surface's envelope unless the request names an accepted account.</summary>
public sealed class AuthFilter(CredentialResolver resolver, CurrentAccount account) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var surface = http.GetSurface();
        var name = resolver.Resolve(http.Request, surface);
        if (name is null)
        {
            return surface.Errors().Unauthorized();
        }

        account.Name = name;
        http.Items[typeof(CurrentAccount)] = name;
        return await next(context);
    }
}
