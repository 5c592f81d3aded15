using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TrunkProvisioning;

/// <summary>
/// The application code under test: provisions a SIP trunk as a Telnyx V2 IP connection over plain HttpClient,
/// retrying once when Telnyx answers 429 or 503. In production its HttpClient points at https://api.telnyx.com.
/// </summary>
public sealed class TrunkProvisioner(HttpClient telnyx)
{
    public async Task<string> ProvisionAsync(string name, string sipRegion)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await telnyx.PostAsJsonAsync("v2/ip_connections", new
            {
                connection_name = name,
                inbound = new { sip_region = sipRegion, ani_number_format = "+E.164" },
            });
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < 3)
            {
                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                await Task.Delay(wait > TimeSpan.FromSeconds(2) ? TimeSpan.FromSeconds(2) : wait);
                continue;
            }

            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            return body!["data"]!["id"]!.GetValue<string>();
        }
    }

    public async Task DisableAsync(string id)
    {
        using var response = await telnyx.PatchAsJsonAsync($"v2/ip_connections/{id}", new { active = false });
        response.EnsureSuccessStatusCode();
    }
}
