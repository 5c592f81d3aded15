using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>/v2/ips, and the links between IPs and IP connections: an IP names one of the account's IP connections, a
/// connection's default IPs are IPs attached to it, and deleting either side leaves no dangling reference.</summary>
public sealed class IpsTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    private async Task<string> ConnectionAsync(HttpClient client, string name = "trunk") =>
        (await (await client.PostJsonAsync("/v2/ip_connections", $$"""{"connection_name": "{{name}}"}""")).ExpectAsync(201))["data"]!["id"].Str();

    private static async Task<JsonNode> IpAsync(HttpClient client, string json) =>
        (await (await client.PostJsonAsync("/v2/ips", json)).ExpectAsync(201))["data"]!;

    [Fact]
    public async Task Create_AttachedToAConnection_ReturnsTheIp_WithItsDefaults()
    {
        var client = app.BearerClient();
        var connection = await ConnectionAsync(client);

        var response = await client.PostJsonAsync("/v2/ips", $$"""{"connection_id": "{{connection}}", "ip_address": "192.0.2.10"}""");

        var ip = (await response.ExpectAsync(201))["data"]!;
        Assert.Equal(["connection_id", "created_at", "id", "ip_address", "port", "record_type", "updated_at"], ip.AsObject().Select(p => p.Key));
        Assert.Equal(connection, ip["connection_id"].Str());
        Assert.Equal("192.0.2.10", ip["ip_address"].Str());
        Assert.Equal(5060, ip["port"]!.GetValue<int>());
        Assert.Equal("ip", ip["record_type"].Str());
        Assert.Matches("^[0-9]{18,19}$", ip["id"].Str());
        Assert.Equal($"/v2/ips/{ip["id"].Str()}", response.Headers.Location!.OriginalString);
        var retrieved = await (await client.GetAsync($"/v2/ips/{ip["id"].Str()}")).ExpectAsync(200);
        Assert.Equal(ip.ToJsonString(), retrieved["data"]!.ToJsonString());
    }

    [Fact]
    public async Task Create_WithoutAConnection_IsAnUnattachedIp_AndAConnectionIdAsANumberIsKeptAsAString()
    {
        var client = app.BearerClient();
        Assert.Null((await IpAsync(client, """{"ip_address": "2001:db8::10", "port": 5080}"""))["connection_id"]);

        var connection = await ConnectionAsync(client);
        var ip = await IpAsync(client, $$"""{"ip_address": "192.0.2.11", "connection_id": {{connection}}}""");
        Assert.Equal(connection, ip["connection_id"].Str());
    }

    [Fact]
    public async Task Create_BadFields_AndAnUnknownConnection_AreReportedAtOnce()
    {
        var response = await app.BearerClient().PostJsonAsync("/v2/ips", """{"connection_id": "42", "port": 0}""");

        var errors = await response.Expect422Async("/ip_address", "/port", "/connection_id");
        Assert.Contains(errors, e => e!["detail"].Str() == "ip_address is required.");
        Assert.Contains(errors, e => e!["detail"].Str() == "connection_id must be the id of one of your IP connections, got '42'.");
    }

    [Theory]
    [InlineData("\"192.0.2\"")]
    [InlineData("\"192.0.2.256\"")]
    [InlineData("\"1\"")]
    [InlineData("\"fe80::1%eth0\"")]
    [InlineData("\"example.com\"")]
    [InlineData("\"\"")]
    public async Task Create_NotAnIpAddress_Is422(string address)
    {
        var response = await app.BearerClient().PostJsonAsync("/v2/ips", $$"""{"ip_address": {{address}}}""");

        await response.Expect422Async("/ip_address");
    }

    [Fact]
    public async Task Create_OnAnotherAccountsConnection_Is422_AndItsIpsAreNotFound()
    {
        var bob = app.BearerClient("KEY_bob");
        var bobsConnection = await ConnectionAsync(bob);
        var bobsIp = (await IpAsync(bob, """{"ip_address": "192.0.2.12"}"""))["id"].Str();
        var alice = app.BearerClient();

        await (await alice.PostJsonAsync("/v2/ips", $$"""{"ip_address": "192.0.2.13", "connection_id": "{{bobsConnection}}"}""")).Expect422Async("/connection_id");
        await (await alice.GetAsync($"/v2/ips/{bobsIp}")).ExpectAsync(404);
        await (await alice.PatchJsonAsync($"/v2/ips/{bobsIp}", """{"port": 5070}""")).ExpectAsync(404);
        await (await alice.DeleteAsync($"/v2/ips/{bobsIp}")).ExpectAsync(404);
        Assert.Equal(0, (await (await alice.GetAsync("/v2/ips")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
    }

    [Fact]
    public async Task List_FiltersByConnectionAddressAndPort_AndPages()
    {
        var client = app.BearerClient();
        var first = await ConnectionAsync(client, "first");
        var second = await ConnectionAsync(client, "second");
        await IpAsync(client, $$"""{"ip_address": "192.0.2.1", "connection_id": "{{first}}"}""");
        await IpAsync(client, $$"""{"ip_address": "192.0.2.2", "connection_id": "{{first}}", "port": 5070}""");
        await IpAsync(client, $$"""{"ip_address": "192.0.2.1", "connection_id": "{{second}}"}""");

        async Task<JsonNode> List(string query) => await (await client.GetAsync($"/v2/ips{query}")).ExpectAsync(200);

        Assert.Equal(2, (await List($"?filter[connection_id]={first}"))["data"]!.AsArray().Count);
        Assert.Equal(2, (await List("?filter[ip_address]=192.0.2.1"))["data"]!.AsArray().Count);
        Assert.Equal("192.0.2.2", (await List("?filter[port]=5070"))["data"]![0]!["ip_address"].Str());
        var page = await List("?page[size]=2&page[number]=2");
        Assert.Single(page["data"]!.AsArray());
        Assert.Equal("""{"page_number":2,"page_size":2,"total_pages":2,"total_results":3}""", page["meta"]!.ToJsonString());
        await (await client.GetAsync("/v2/ips?filter[port]=70000&filter[connection_id]=x")).ExpectV2ErrorAsync(400, "10015", "/filter/port", "/filter/connection_id");
    }

    [Fact]
    public async Task Update_IsPartial_AndChecksTheConnection()
    {
        var client = app.BearerClient();
        var ip = await IpAsync(client, """{"ip_address": "192.0.2.20", "port": 5062}""");
        var id = ip["id"].Str();

        var updated = (await (await client.PatchJsonAsync($"/v2/ips/{id}", """{"port": 5063}""")).ExpectAsync(200))["data"]!;
        Assert.Equal("192.0.2.20", updated["ip_address"].Str());
        Assert.Equal(5063, updated["port"]!.GetValue<int>());
        Assert.True(string.CompareOrdinal(updated["updated_at"].Str(), ip["updated_at"].Str()) > 0);

        await (await client.PatchJsonAsync($"/v2/ips/{id}", """{"connection_id": "123", "ip_address": "nope"}""")).Expect422Async("/connection_id", "/ip_address");
        await (await client.PatchJsonAsync("/v2/ips/99", """{"port": 5064}""")).ExpectAsync(404);
    }

    [Fact]
    public async Task ConnectionDefaults_MustBeIpsAttachedToIt()
    {
        var client = app.BearerClient();
        var connection = await ConnectionAsync(client, "with defaults");
        var other = await ConnectionAsync(client, "other");
        var mine = (await IpAsync(client, $$"""{"ip_address": "192.0.2.30", "connection_id": "{{connection}}"}"""))["id"].Str();
        var theirs = (await IpAsync(client, $$"""{"ip_address": "192.0.2.31", "connection_id": "{{other}}"}"""))["id"].Str();

        var created = await client.PostJsonAsync("/v2/ip_connections", $$$"""{"inbound": {"default_primary_ip_id": "{{{mine}}}"}}""");
        var createErrors = await created.Expect422Async("/inbound/default_primary_ip_id");
        Assert.Contains("it has none", createErrors[0]!["detail"].Str(), StringComparison.Ordinal);

        await (await client.PatchJsonAsync($"/v2/ip_connections/{connection}",
            $$$"""{"inbound": {"default_secondary_ip_id": "{{{theirs}}}", "default_tertiary_ip_id": "192.0.2.30", "timeout_1xx_secs": 0}}"""))
            .Expect422Async("/inbound/default_secondary_ip_id", "/inbound/default_tertiary_ip_id", "/inbound/timeout_1xx_secs");

        var updated = (await (await client.PatchJsonAsync($"/v2/ip_connections/{connection}", $$$"""{"inbound": {"default_primary_ip_id": "{{{mine}}}"}}""")).ExpectAsync(200))["data"]!;
        Assert.Equal(mine, updated["inbound"]!["default_primary_ip_id"].Str());

        // A later update of something else does not trip over the default already set.
        await (await client.PatchJsonAsync($"/v2/ip_connections/{connection}", """{"connection_name": "renamed"}""")).ExpectAsync(200);
    }

    [Fact]
    public async Task DeletingAnIp_ClearsTheDefaultThatNamedIt()
    {
        var client = app.BearerClient();
        var connection = await ConnectionAsync(client);
        var ip = (await IpAsync(client, $$"""{"ip_address": "192.0.2.40", "connection_id": "{{connection}}"}"""))["id"].Str();
        var before = (await (await client.PatchJsonAsync($"/v2/ip_connections/{connection}", $$$"""{"inbound": {"default_primary_ip_id": "{{{ip}}}", "default_tertiary_ip_id": "{{{ip}}}"}}""")).ExpectAsync(200))["data"]!;

        var deleted = await (await client.DeleteAsync($"/v2/ips/{ip}")).ExpectAsync(200);

        Assert.Equal(ip, deleted["data"]!["id"].Str());
        await (await client.GetAsync($"/v2/ips/{ip}")).ExpectAsync(404);
        var after = (await (await client.GetAsync($"/v2/ip_connections/{connection}")).ExpectAsync(200))["data"]!;
        Assert.Null(after["inbound"]!["default_primary_ip_id"]);
        Assert.Null(after["inbound"]!["default_tertiary_ip_id"]);
        Assert.True(string.CompareOrdinal(after["updated_at"].Str(), before["updated_at"].Str()) > 0);
    }

    [Fact]
    public async Task MovingAnIpToAnotherConnection_ClearsTheOldConnectionsDefault_AndDetachingToo()
    {
        var client = app.BearerClient();
        var first = await ConnectionAsync(client, "first");
        var second = await ConnectionAsync(client, "second");
        var ip = (await IpAsync(client, $$"""{"ip_address": "192.0.2.50", "connection_id": "{{first}}"}"""))["id"].Str();
        await (await client.PatchJsonAsync($"/v2/ip_connections/{first}", $$$"""{"inbound": {"default_primary_ip_id": "{{{ip}}}"}}""")).ExpectAsync(200);

        await (await client.PatchJsonAsync($"/v2/ips/{ip}", $$"""{"connection_id": "{{second}}"}""")).ExpectAsync(200);

        Assert.Null((await (await client.GetAsync($"/v2/ip_connections/{first}")).ExpectAsync(200))["data"]!["inbound"]!["default_primary_ip_id"]);
        await (await client.PatchJsonAsync($"/v2/ip_connections/{second}", $$$"""{"inbound": {"default_primary_ip_id": "{{{ip}}}"}}""")).ExpectAsync(200);

        var detached = (await (await client.PatchJsonAsync($"/v2/ips/{ip}", """{"connection_id": null}""")).ExpectAsync(200))["data"]!;
        Assert.Null(detached["connection_id"]);
        Assert.Null((await (await client.GetAsync($"/v2/ip_connections/{second}")).ExpectAsync(200))["data"]!["inbound"]!["default_primary_ip_id"]);
    }

    [Fact]
    public async Task DeletingAConnection_DeletesItsIps_AndNoOthers()
    {
        var client = app.BearerClient();
        var doomed = await ConnectionAsync(client, "doomed");
        var kept = await ConnectionAsync(client, "kept");
        var gone = (await IpAsync(client, $$"""{"ip_address": "192.0.2.60", "connection_id": "{{doomed}}"}"""))["id"].Str();
        var stays = (await IpAsync(client, $$"""{"ip_address": "192.0.2.61", "connection_id": "{{kept}}"}"""))["id"].Str();
        var loose = (await IpAsync(client, """{"ip_address": "192.0.2.62"}"""))["id"].Str();

        await (await client.DeleteAsync($"/v2/ip_connections/{doomed}")).ExpectAsync(200);

        await (await client.GetAsync($"/v2/ips/{gone}")).ExpectAsync(404);
        await (await client.GetAsync($"/v2/ips/{stays}")).ExpectAsync(200);
        await (await client.GetAsync($"/v2/ips/{loose}")).ExpectAsync(200);
        Assert.Equal(2, (await (await client.GetAsync("/v2/ips")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
    }
}
