using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace TelnyxExample.Tests;

/// <summary>
/// Starts the example's AppHost as `dotnet run` would (Aspire's orchestrator, the telnyxmock tool, the Node service)
/// and drives the service: what it provisions through the telnyx SDK is in the mock.
/// </summary>
public sealed class AppHostTests
{
    // Guards only: a start that hangs fails the test instead of the run.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task TheTrunksService_ProvisionsThroughTheSdk_IntoTheMock()
    {
        await using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.TelnyxExample_AppHost>();
        await using var app = await builder.BuildAsync();
        await app.StartAsync().WaitAsync(Patience);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("trunks").WaitAsync(Patience);
        using var trunks = app.CreateHttpClient("trunks");

        var created = await trunks.PostAsJsonAsync("/trunks", new { name = "aspire-pbx" });
        var trunk = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        var listed = JsonNode.Parse(await trunks.GetStringAsync("/trunks"))!.AsArray();

        Assert.True(created.StatusCode == HttpStatusCode.Created, trunk.ToJsonString());
        Assert.Equal("1293384261075731499", (string?)trunk["outbound_voice_profile_id"]);
        Assert.Equal(["aspire-pbx"], listed.Select(t => (string?)t!["connection_name"]));
        // The mock itself holds it, for the key the AppHost gave the service, and refuses any other key.
        using var telnyx = app.CreateHttpClient("telnyx");
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(telnyx, $"/v2/credential_connections/{trunk["id"]}", "KEY_aspire_example"));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(telnyx, $"/v2/credential_connections/{trunk["id"]}", "KEY_other"));
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient http, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
