namespace TelnyxMock.Tests.Control;

/// <summary>The control API covers the whole V2 family: faults on its paths fire, the journal records it, reset clears it.</summary>
public sealed class FamilyControlTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Faults_Journal_AndReset_CoverEveryFamilyResource()
    {
        var control = app.CreateClient();
        var client = app.BearerClient();
        var pbx = (await (await client.PostJsonAsync("/v2/fqdn_connections", """{"connection_name": "pbx"}""")).ExpectAsync(201))["data"]!["id"].Str();
        await (await client.PostJsonAsync("/v2/fqdns", $$"""{"connection_id": "{{pbx}}", "fqdn": "pbx.example.com", "dns_record_type": "a"}""")).ExpectAsync(201);
        await (await client.PostJsonAsync("/v2/credential_connections", """{"connection_name": "c", "user_name": "control01", "password": "password1"}""")).ExpectAsync(201);
        await (await client.PostJsonAsync("/v2/ips", """{"ip_address": "192.0.2.1"}""")).ExpectAsync(201);

        await control.AddFaultAsync("""{"path": "/v2/ips*", "status": 503, "times": 1}""");
        await control.AddFaultAsync("""{"method": "GET", "path": "/v2/connections", "status": 500, "times": 1}""");
        Assert.Equal(503, (int)(await client.GetAsync("/v2/ips")).StatusCode);
        Assert.Equal(500, (int)(await client.GetAsync("/v2/connections")).StatusCode);
        await (await client.GetAsync("/v2/ips")).ExpectAsync(200);

        var journal = await control.JournalAsync();
        var paths = journal.Select(e => e!["path"].Str()).ToList();
        foreach (var path in new[] { "/v2/fqdn_connections", "/v2/fqdns", "/v2/credential_connections", "/v2/ips", "/v2/connections" })
        {
            Assert.Contains(path, paths);
        }

        await control.ResetAsync("""{"account": "KEY_alice"}""");
        foreach (var path in new[] { "/v2/connections", "/v2/ips", "/v2/fqdns", "/v2/credential_connections", "/v2/fqdn_connections" })
        {
            Assert.Equal(0, (await (await client.GetAsync(path)).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
        }

        // The user name is free again after the reset.
        await (await client.PostJsonAsync("/v2/credential_connections", """{"connection_name": "c", "user_name": "control01", "password": "password1"}""")).ExpectAsync(201);
    }
}
