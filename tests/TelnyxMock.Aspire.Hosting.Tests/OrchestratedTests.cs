using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace TelnyxMock.Aspire.Hosting.Tests;

/// <summary>
/// The mock started by Aspire's orchestrator as an AppHost starts it: a real process on the port DCP chose, healthy
/// through the resource's health check, with its settings, and a referencing process that reaches it with the
/// variables it was given.
/// </summary>
public sealed class OrchestratedTests : IDisposable
{
    // Guards only: a start that hangs fails the test instead of the run.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly string directory = Directory.CreateTempSubdirectory("telnyxmock-aspire-").FullName;

    [DcpFact]
    public async Task TheMockRunsWithItsSettings_AndAReferencingProcessReachesItWithTheVariablesItWasGiven()
    {
        Assert.True(File.Exists(Dcp.MockAssembly), $"{Dcp.MockAssembly} is not built");
        var fixtures = Path.Combine(directory, "fixtures.json");
        await File.WriteAllTextAsync(fixtures, """
            {"account": "KEY_aspire", "ip_connections": [{"id": "1000000000000000001", "connection_name": "from-aspire"}]}
            """);

        // The dashboard is off, but DCP's options still want its path.
        await using var builder = DistributedApplicationTestingBuilder.Create(["DcpPublisher:DashboardPath=dashboard-disabled"], (options, _) => options.DisableDashboard = true);
        var telnyx = builder.AddTelnyxMock("telnyx")
            .RunFromAssembly(Dcp.MockAssembly)
            .WithFixtures(fixtures)
            .WithApiKey(builder.AddParameter("telnyx-key", "KEY_aspire"))
            .WithStrict();
        // Exits 0 only when the variables it was given reach the fixture with the key.
        const string Script = """curl -sf -o /dev/null -H "Authorization: Bearer $TELNYX_API_KEY" "$TELNYX_BASE_URL/ip_connections/1000000000000000001" && [ "$ConnectionStrings__telnyx" = "$TELNYX_BASE_URL" ]""";
        builder.AddExecutable("client", "bash", directory, "-c", Script)
            .WithReference(telnyx)
            .WaitFor(telnyx);

        await using var app = await builder.BuildAsync();
        await app.StartAsync().WaitAsync(Patience);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("telnyx").WaitAsync(Patience);
        var client = await app.ResourceNotifications.WaitForResourceAsync("client", e => e.Snapshot.ExitCode is not null).WaitAsync(Patience);

        Assert.Equal(0, client.Snapshot.ExitCode);
        using var http = app.CreateHttpClient("telnyx");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(http, HttpMethod.Get, "/v2/ip_connections/1000000000000000001", "KEY_aspire")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(http, HttpMethod.Get, "/v2/ip_connections", "KEY_other")).StatusCode);
        var typo = await SendAsync(http, HttpMethod.Post, "/v2/ip_connections", "KEY_aspire", """{"connection_nam": "typo"}""");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, typo.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string key, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await http.SendAsync(request);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
