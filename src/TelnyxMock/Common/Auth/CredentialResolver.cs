using Microsoft.Extensions.Options;
using TelnyxMock.Common.Errors;

namespace TelnyxMock.Common.Auth;

/// <summary>Turns a request's credentials into an account name, the way each surface takes them (README, "Settings": accounts and V1 users).</summary>
public sealed class CredentialResolver(IOptionsMonitor<MockOptions> options)
{
    public string? Resolve(HttpRequest request, Surface surface)
    {
        var accounts = options.CurrentValue.Accounts;
        var authorization = request.Headers.Authorization.ToString().Trim();

        if (TryScheme(authorization, "Bearer", out var key))
        {
            return ByKey(accounts, key);
        }

        if (surface != Surface.V1)
        {
            return null;
        }

        if (TryScheme(authorization, "Token", out var token))
        {
            return ByKey(accounts, token);
        }

        var user = request.Headers["x-api-user"].ToString().Trim();
        var secret = request.Headers["x-api-token"].ToString().Trim();
        if (user.Length == 0 || secret.Length == 0)
        {
            return null;
        }

        if (accounts.Count == 0)
        {
            return user;
        }

        return accounts.FirstOrDefault(a => a.V1Users.Any(u =>
            string.Equals(u.User, user, StringComparison.Ordinal) && string.Equals(u.Token, secret, StringComparison.Ordinal)))?.Name;
    }

    private static string? ByKey(List<AccountOptions> accounts, string key) =>
        accounts.Count == 0
            ? key
            : accounts.FirstOrDefault(a => a.ApiKeys.Contains(key, StringComparer.Ordinal))?.Name;

    private static bool TryScheme(string header, string scheme, out string value)
    {
        value = string.Empty;
        if (header.Length <= scheme.Length || !header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header[scheme.Length] != ' ')
        {
            return false;
        }

        value = header[(scheme.Length + 1)..].Trim();
        return value.Length > 0;
    }
}
