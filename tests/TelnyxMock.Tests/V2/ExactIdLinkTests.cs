using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>
/// An id is a string that names a resource: only the exact id names it. A default IP or FQDN spelt otherwise (a leading
/// zero, a sign, a space) is refused, so nothing is stored that a later delete would fail to clear.
/// </summary>
public sealed class ExactIdLinkTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    private static async Task<string> CreateAsync(HttpClient client, string path, string json) =>
        (await (await client.PostJsonAsync(path, json)).ExpectAsync(201))["data"]!["id"].Str();

    [Theory]
    [InlineData("0{0}")]
    [InlineData("00{0}")]
    [InlineData(" {0}")]
    [InlineData("+{0}")]
    [InlineData("{0} ")]
    public async Task IpConnection_DefaultIpSpeltOtherwiseThanItsId_Is422_AndNothingIsStored(string spelling)
    {
        var client = app.BearerClient();
        var connection = await CreateAsync(client, "/v2/ip_connections", """{"connection_name": "trunk"}""");
        var ip = await CreateAsync(client, "/v2/ips", $$"""{"connection_id": "{{connection}}", "ip_address": "192.0.2.10"}""");
        var value = string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, ip);

        var response = await client.PatchJsonAsync($"/v2/ip_connections/{connection}", new JsonObject { ["inbound"] = new JsonObject { ["default_primary_ip_id"] = value } }.ToJsonString());

        await response.Expect422Async("/inbound/default_primary_ip_id");
        var stored = await (await client.GetAsync($"/v2/ip_connections/{connection}")).ExpectAsync(200);
        Assert.Null(stored["data"]!["inbound"]!["default_primary_ip_id"]);
    }

    [Fact]
    public async Task IpConnection_AfterItsDefaultIpIsDeleted_StillAcceptsUpdates()
    {
        var client = app.BearerClient();
        var connection = await CreateAsync(client, "/v2/ip_connections", """{"connection_name": "trunk"}""");
        var ip = await CreateAsync(client, "/v2/ips", $$"""{"connection_id": "{{connection}}", "ip_address": "192.0.2.10"}""");
        await (await client.PatchJsonAsync($"/v2/ip_connections/{connection}", new JsonObject { ["inbound"] = new JsonObject { ["default_primary_ip_id"] = "0" + ip } }.ToJsonString())).Content.ReadAsStringAsync();
        await (await client.DeleteAsync($"/v2/ips/{ip}")).ExpectAsync(200);

        var renamed = await (await client.PatchJsonAsync($"/v2/ip_connections/{connection}", """{"connection_name": "x"}""")).ExpectAsync(200);

        Assert.Equal("x", renamed["data"]!["connection_name"].Str());
        Assert.Null(renamed["data"]!["inbound"]!["default_primary_ip_id"]);
    }

    [Theory]
    [InlineData("0{0}")]
    [InlineData(" {0}")]
    [InlineData("+{0}")]
    public async Task FqdnConnection_DefaultFqdnSpeltOtherwiseThanItsId_Is422(string spelling)
    {
        var client = app.BearerClient();
        var connection = await CreateAsync(client, "/v2/fqdn_connections", """{"connection_name": "pbx"}""");
        var fqdn = await CreateAsync(client, "/v2/fqdns", $$"""{"connection_id": "{{connection}}", "fqdn": "sip.example.com", "dns_record_type": "a"}""");
        var value = string.Format(System.Globalization.CultureInfo.InvariantCulture, spelling, fqdn);

        var response = await client.PatchJsonAsync($"/v2/fqdn_connections/{connection}", new JsonObject { ["inbound"] = new JsonObject { ["default_secondary_fqdn_id"] = value } }.ToJsonString());

        await response.Expect422Async("/inbound/default_secondary_fqdn_id");
        await (await client.DeleteAsync($"/v2/fqdns/{fqdn}")).ExpectAsync(200);
        await (await client.PatchJsonAsync($"/v2/fqdn_connections/{connection}", """{"connection_name": "still-fine"}""")).ExpectAsync(200);
    }

    [Fact]
    public async Task ExactIds_AreStillAccepted()
    {
        var client = app.BearerClient();
        var connection = await CreateAsync(client, "/v2/ip_connections", """{"connection_name": "trunk"}""");
        var ip = await CreateAsync(client, "/v2/ips", $$"""{"connection_id": "{{connection}}", "ip_address": "192.0.2.10"}""");

        var updated = await (await client.PatchJsonAsync($"/v2/ip_connections/{connection}", new JsonObject { ["inbound"] = new JsonObject { ["default_primary_ip_id"] = ip } }.ToJsonString())).ExpectAsync(200);

        Assert.Equal(ip, updated["data"]!["inbound"]!["default_primary_ip_id"].Str());
    }
}
