namespace TelnyxMock.Hosting;

/// <summary>
/// <c>TelnyxMock probe [url]</c>: the container health check. Chiseled images have no shell or curl,
/// so the binary checks itself: exit 0 when the health endpoint answers 2xx within three seconds, 1 otherwise.
/// </summary>
public static class Probe
{
    public const string Command = "probe";
    public const string DefaultUrl = "http://127.0.0.1:12111/_mock/health";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Command;

    public static async Task<int> RunAsync(string[] args)
    {
        var url = args.Length > 1 ? args[1] : Environment.GetEnvironmentVariable("TELNYXMOCK_PROBE_URL") ?? DefaultUrl;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var adminToken = Environment.GetEnvironmentVariable("TelnyxMock__AdminToken");
        if (!string.IsNullOrEmpty(adminToken))
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", adminToken);
        }

        try
        {
            using var response = await client.GetAsync(url);
            Console.WriteLine($"{url}: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            Console.Error.WriteLine($"{url}: {ex.Message}");
            return 1;
        }
    }
}
