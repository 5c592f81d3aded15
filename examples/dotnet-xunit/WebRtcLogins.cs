using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TrunkProvisioning;

/// <summary>A browser user's WebRTC login: the Telnyx telephony credential behind it and when it stops working.</summary>
public sealed record WebRtcLogin(string CredentialId, string SipUsername, DateTimeOffset? ExpiresAt);

/// <summary>
/// The application code under test: gives browser users WebRTC logins, as Telnyx on-demand telephony credentials on the
/// application's credential connection, and mints the access token (a JWT) the browser's SDK logs in with, over plain
/// HttpClient. Expiry times come from <paramref name="clock"/> (<see cref="TimeProvider.System"/> in production). In
/// production its HttpClient points at https://api.telnyx.com.
/// </summary>
public sealed class WebRtcLogins(HttpClient telnyx, string credentialConnectionId, TimeProvider? clock = null)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    /// <summary>A login for <paramref name="user"/> that works for <paramref name="validFor"/> from now.</summary>
    public async Task<WebRtcLogin> CreateAsync(string user, TimeSpan validFor)
    {
        using var response = await telnyx.PostAsJsonAsync("v2/telephony_credentials", new
        {
            connection_id = credentialConnectionId,
            name = user,
            tag = "webrtc",
            expires_at = (clock.GetUtcNow() + validFor).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        });
        response.EnsureSuccessStatusCode();
        var data = (await response.Content.ReadFromJsonAsync<JsonObject>())!["data"]!;
        return new WebRtcLogin(
            data["id"]!.GetValue<string>(),
            data["sip_username"]!.GetValue<string>(),
            data["expires_at"] is { } at ? DateTimeOffset.Parse(at.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    /// <summary>
    /// A fresh access token (a JWT, answered as text/plain) for the login; throws <see cref="HttpRequestException"/>
    /// with the status Telnyx answered, 422 when the login has expired.
    /// </summary>
    public async Task<string> TokenAsync(string credentialId)
    {
        using var response = await telnyx.PostAsync($"v2/telephony_credentials/{Uri.EscapeDataString(credentialId)}/token", content: null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
