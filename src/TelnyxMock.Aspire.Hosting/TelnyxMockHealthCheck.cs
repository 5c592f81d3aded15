using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting;

/// <summary>
/// Healthy when the mock's <c>GET /_mock/health</c> answers 200 (its store answers a query). A check of its own rather
/// than <c>WithHttpHealthCheck</c>, because with <c>WithAdminToken</c> the control API, health included, needs the token.
/// </summary>
internal sealed class TelnyxMockHealthCheck(TelnyxMockResource mock) : IHealthCheck
{
    // One client for every mock of the process; the health endpoint answers at once or the mock is not up.
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{mock.PrimaryEndpoint.Url}/_mock/health");
            if (mock.AdminToken is { } token)
            {
                request.Headers.Add("X-Mock-Admin-Token", await token.GetValueAsync(cancellationToken));
            }

            using var response = await Http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"GET /_mock/health answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            // InvalidOperationException: the endpoint has no address yet.
            return HealthCheckResult.Unhealthy($"GET /_mock/health failed: {e.Message}", e);
        }
    }
}
