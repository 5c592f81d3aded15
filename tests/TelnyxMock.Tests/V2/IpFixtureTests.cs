using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TelnyxMock.Fixtures;

namespace TelnyxMock.Tests.V2;

/// <summary>IPs in fixtures: an <c>ips</c> section, and IPs given inside an IP connection entry, which its default IPs may name.</summary>
public sealed class IpFixtureTests : IDisposable
{
    private const string Document = """
    {"account": "KEY_alice",
     "ip_connections": [
       {"id": "1000000000000000001", "connection_name": "trunk",
        "ips": [{"id": "2000000000000000001", "ip_address": "192.0.2.1"}, {"ip_address": "192.0.2.2", "port": 5070}],
        "inbound": {"default_primary_ip_id": "2000000000000000001"}}
     ],
     "ips": [
       {"id": "2000000000000000003", "ip_address": "198.51.100.3", "connection_id": "1000000000000000001"},
       {"id": "2000000000000000004", "ip_address": "2001:db8::4"}
     ]}
    """;

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Load_IpsNestedAndInTheirSection_AreAttached_AndADefaultMayNameThem()
    {
        var result = await LoadAsync(Document);

        Assert.True(result.Loaded, string.Join("; ", result.Errors.Select(e => $"{e.Pointer}: {e.Detail}")));
        Assert.Equal(2, result.Counts["ips"]);
        var client = app.BearerClient("KEY_alice");
        var attached = await (await client.GetAsync("/v2/ips?filter[connection_id]=1000000000000000001")).ExpectAsync(200);
        Assert.Equal(3, attached["meta"]!["total_results"]!.GetValue<int>());
        var connection = await (await client.GetAsync("/v2/ip_connections/1000000000000000001")).ExpectAsync(200);
        Assert.Equal("2000000000000000001", connection["data"]!["inbound"]!["default_primary_ip_id"].Str());
        var loose = await (await client.GetAsync("/v2/ips/2000000000000000004")).ExpectAsync(200);
        Assert.Null(loose["data"]!["connection_id"]);
    }

    [Fact]
    public async Task Load_Twice_ReplacesInsteadOfDuplicating()
    {
        await LoadAsync(Document);
        var again = await LoadAsync(Document);

        Assert.True(again.Loaded, string.Join("; ", again.Errors.Select(e => $"{e.Pointer}: {e.Detail}")));
        var all = await (await app.BearerClient("KEY_alice").GetAsync("/v2/ips")).ExpectAsync(200);
        Assert.Equal(4, all["meta"]!["total_results"]!.GetValue<int>());
    }

    [Fact]
    public async Task Load_BadIps_StoresNothing_AndPointsAtEachError()
    {
        var result = await LoadAsync("""
        {"account": "KEY_alice",
         "ip_connections": [
           {"connection_name": "trunk", "ips": [{"ip_address": "not-an-ip"}], "inbound": {"default_secondary_ip_id": "77"}}
         ],
         "ips": [
           {"ip_address": "192.0.2.9", "connection_id": "1234"},
           {"port": 70000, "colour": "red"},
           {"id": "x", "ip_address": "192.0.2.10"}
         ]}
        """);

        Assert.False(result.Loaded);
        var pointers = result.Errors.Select(e => e.Pointer).ToList();
        Assert.Contains("/ip_connections/0/inbound/default_secondary_ip_id", pointers);
        Assert.Contains("/ips/0/connection_id", pointers);
        Assert.Contains("/ips/1/ip_address", pointers);
        Assert.Contains("/ips/1/port", pointers);
        Assert.Contains("/ips/1/colour", pointers);
        Assert.Contains("/ips/2/id", pointers);
        var client = app.BearerClient("KEY_alice");
        Assert.Equal(0, (await (await client.GetAsync("/v2/ips")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
        Assert.Empty((await client.ListAsync())["data"]!.AsArray());
    }

    [Fact]
    public async Task Load_ANestedIpWithABadAddress_PointsIntoTheConnectionEntry()
    {
        var result = await LoadAsync("""{"account": "KEY_alice", "ip_connections": [{"connection_name": "trunk", "ips": [{"ip_address": "not-an-ip"}]}]}""");

        Assert.False(result.Loaded);
        Assert.Contains("/ip_connections/0/ips/0/ip_address", result.Errors.Select(e => e.Pointer));
    }

    private async Task<FixtureResult> LoadAsync(string json)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FixtureLoader>().LoadAsync(JsonNode.Parse(json), null, CancellationToken.None);
    }
}
