using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using TelnyxMock.Common.Errors;

using TelnyxMock.Common;

namespace TelnyxMock.Control;

/// <summary>
/// When <see cref="MockOptions.AdminToken"/> is set, a <c>/_mock</c> request must carry it, as
/// <c>Authorization: Bearer</c> or <c>X-Mock-Admin-Token</c>: a shared mock must not be wiped by whoever can reach it.
/// </summary>
public sealed class AdminTokenFilter(IOptionsMonitor<MockOptions> options) : IEndpointFilter
{
    public const string HeaderName = "X-Mock-Admin-Token";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.CurrentValue.AdminToken;
        if (string.IsNullOrEmpty(expected))
        {
            return await next(context);
        }

        var headers = context.HttpContext.Request.Headers;
        var authorization = headers.Authorization.ToString().Trim();
        var bearer = authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
        if (Same(bearer, expected) || Same(headers[HeaderName].ToString().Trim(), expected))
        {
            return await next(context);
        }

        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Json(V2Errors.Body(V2Errors.Error(V2Errors.AuthCode, "Authentication failed",
            $"The control API needs the admin token: send Authorization: Bearer <token> or {HeaderName}.", null)),
            statusCode: StatusCodes.Status401Unauthorized);
    }

    /// <summary>Constant-time, so the token cannot be guessed byte by byte from response times.</summary>
    private static bool Same(string? given, string expected) =>
        !string.IsNullOrEmpty(given)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
