using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TelnyxMock.Fixtures;

namespace TelnyxMock.Tests.V2;

/// <summary>FQDN connections and FQDNs in fixtures, and connection ids unique across the V2 types.</summary>
public sealed class FqdnFixtureTests : IDisposable
{
    private const string Document = """
    {"account": "KEY_alice",
     "fqdn_connections": [
       {"id": "4000000000000000001", "connection_name": "pbx",
        "fqdns": [{"id": "5000000000000000001", "fqdn": "pbx.example.com", "dns_record_type": "a"}],
        "inbound": {"default_primary_fqdn_id": "5000000000000000001"}}
     ],
     "fqdns": [{"id": "5000000000000000002", "connection_id": "4000000000000000001", "fqdn": "srv.example.com", "dns_record_type": "srv"}]}
    """;

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Load_FqdnsNestedAndInTheirSection_AreAttached_AndADefaultMayNameThem_AndReloadReplaces()
    {
        var first = await LoadAsync(Document);
        var again = await LoadAsync(Document);

        Assert.True(first.Loaded && again.Loaded, string.Join("; ", first.Errors.Concat(again.Errors).Select(e => $"{e.Pointer}: {e.Detail}")));
        var client = app.BearerClient("KEY_alice");
        var fqdns = await (await client.GetAsync("/v2/fqdns?filter[connection_id]=4000000000000000001")).ExpectAsync(200);
        Assert.Equal(2, fqdns["meta"]!["total_results"]!.GetValue<int>());
        var connection = await (await client.GetAsync("/v2/fqdn_connections/4000000000000000001")).ExpectAsync(200);
        Assert.Equal("5000000000000000001", connection["data"]!["inbound"]!["default_primary_fqdn_id"].Str());
        var all = await (await client.GetAsync("/v2/connections?filter[fqdn]=srv.example.com")).ExpectAsync(200);
        Assert.Equal("fqdn_connection", Assert.Single(all["data"]!.AsArray())!["record_type"].Str());
    }

    [Fact]
    public async Task Load_BadFqdns_StoresNothing_AndPointsAtEachError()
    {
        var result = await LoadAsync("""
        {"account": "KEY_alice",
         "fqdn_connections": [{"connection_name": "pbx", "fqdns": [{"fqdn": "srv.example.com", "dns_record_type": "srv", "port": 5060}]}],
         "fqdns": [{"connection_id": "123", "fqdn": "bad..host", "dns_record_type": "a"}]}
        """);

        Assert.False(result.Loaded);
        var pointers = result.Errors.Select(e => e.Pointer).ToList();
        Assert.Contains("/fqdn_connections/0/fqdns/0/port", pointers);
        Assert.Contains("/fqdns/0/connection_id", pointers);
        Assert.Contains("/fqdns/0/fqdn", pointers);
        Assert.Equal(0, (await (await app.BearerClient("KEY_alice").GetAsync("/v2/connections")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
    }

    [Fact]
    public async Task Load_AConnectionIdHeldByAnotherType_IsRefused()
    {
        Assert.True((await LoadAsync("""{"account": "KEY_alice", "ip_connections": [{"id": "4000000000000000009"}]}""")).Loaded);

        var result = await LoadAsync("""{"account": "KEY_alice", "credential_connections": [{"id": "4000000000000000009", "connection_name": "c", "user_name": "clash001", "password": "password1"}]}""");

        Assert.False(result.Loaded);
        Assert.Contains("/credential_connections/0/id", result.Errors.Select(e => e.Pointer));
    }

    private async Task<FixtureResult> LoadAsync(string json)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FixtureLoader>().LoadAsync(JsonNode.Parse(json), null, CancellationToken.None);
    }
}
