using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>/v2/fqdn_connections and /v2/fqdns: defaults and rules of the reference, the srv/a port rule, FQDNs attached to
/// one of the account's FQDN connections, default FQDNs that name attached ones, filter[fqdn], and deletes that keep the links.</summary>
public sealed class FqdnConnectionsTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    private static async Task<JsonNode> PostAsync(HttpClient client, string path, string json) =>
        (await (await client.PostJsonAsync(path, json)).ExpectAsync(201))["data"]!;

    private static async Task<JsonNode> GetAsync(HttpClient client, string path) => await (await client.GetAsync(path)).ExpectAsync(200);

    [Fact]
    public async Task CreateConnection_AppliesTheFqdnDefaults_AndItsReadOnlyFields()
    {
        var c = await PostAsync(app.BearerClient(), "/v2/fqdn_connections", """{"connection_name": "pbx"}""");

        Assert.Equal("fqdn_connection", c["record_type"].Str());
        Assert.Equal("ip-authentication", c["outbound"]!["ip_authentication_method"].Str());
        Assert.Equal("US", c["outbound"]!["localization"].Str());
        Assert.False(c["outbound"]!["instant_ringback_enabled"]!.GetValue<bool>());
        Assert.Equal(3, c["outbound"]!["timeout_1xx_secs"]!.GetValue<int>());
        Assert.Equal("sequential", c["inbound"]!["default_routing_method"].Str());
        Assert.Equal("from_anyone", c["inbound"]!["sip_subdomain_receive_settings"].Str());
        Assert.True(c["default_on_hold_comfort_noise_enabled"]!.GetValue<bool>());
        Assert.False(c["microsoft_teams_sbc"]!.GetValue<bool>());
        Assert.False(c["ignore_mark_bit"]!.GetValue<bool>());
        Assert.Null(c["txt_name"]);
        Assert.True(c.AsObject().ContainsKey("txt_name"));
    }

    [Fact]
    public async Task CreateConnection_ChecksItsOwnEnumsAndRequiredName_AllAtOnce()
    {
        var response = await app.BearerClient().PostJsonAsync("/v2/fqdn_connections",
            """{"outbound": {"ip_authentication_method": "tech-prefixp-charge-info", "timeout_2xx_secs": 0}, "ignore_mark_bit": true}""");

        await response.Expect422Async("/connection_name", "/outbound/ip_authentication_method", "/outbound/timeout_2xx_secs");
    }

    [Fact]
    public async Task Fqdn_ARecordGets5060_SrvHasNoPort_AndTheConnectionMustBeAnFqdnConnectionOfTheAccount()
    {
        var client = app.BearerClient();
        var connection = (await PostAsync(client, "/v2/fqdn_connections", """{"connection_name": "pbx"}"""))["id"].Str();

        var a = await PostAsync(client, "/v2/fqdns", $$"""{"connection_id": "{{connection}}", "fqdn": "sip.example.com", "dns_record_type": "a"}""");
        Assert.Equal(5060, a["port"]!.GetValue<int>());
        Assert.Equal("fqdn", a["record_type"].Str());
        Assert.Equal(["connection_id", "created_at", "dns_record_type", "fqdn", "id", "port", "record_type", "updated_at"], a.AsObject().Select(p => p.Key));
        var srv = await PostAsync(client, "/v2/fqdns", $$"""{"connection_id": "{{connection}}", "fqdn": "sipsrv.example.com", "dns_record_type": "srv"}""");
        Assert.Null(srv["port"]);

        await (await client.PostJsonAsync("/v2/fqdns", $$"""{"connection_id": "{{connection}}", "fqdn": "srv.example.com", "dns_record_type": "srv", "port": 5061}""")).Expect422Async("/port");
        await (await client.PostJsonAsync("/v2/fqdns", """{"fqdn": "bad..name", "dns_record_type": "mx"}""")).Expect422Async("/connection_id", "/fqdn", "/dns_record_type");
        var ipConnection = (await PostAsync(client, "/v2/ip_connections", "{}"))["id"].Str();
        await (await client.PostJsonAsync("/v2/fqdns", $$"""{"connection_id": "{{ipConnection}}", "fqdn": "x.example.com", "dns_record_type": "a"}""")).Expect422Async("/connection_id");
        await (await app.BearerClient("KEY_bob").PostJsonAsync("/v2/fqdns", $$"""{"connection_id": "{{connection}}", "fqdn": "x.example.com", "dns_record_type": "a"}""")).Expect422Async("/connection_id");
    }

    [Fact]
    public async Task DefaultFqdns_MustBeAttached_AndDeletingOneClearsIt_AndDeletingTheConnectionDeletesItsFqdns()
    {
        var client = app.BearerClient();
        var connection = (await PostAsync(client, "/v2/fqdn_connections", """{"connection_name": "pbx"}"""))["id"].Str();
        var fqdn = (await PostAsync(client, "/v2/fqdns", $$"""{"connection_id": "{{connection}}", "fqdn": "sip.example.com", "dns_record_type": "a", "port": 5070}"""))["id"].Str();
        var other = (await PostAsync(client, "/v2/fqdns", $$"""{"connection_id": "{{connection}}", "fqdn": "sip2.example.com", "dns_record_type": "a"}"""))["id"].Str();

        await (await client.PostJsonAsync("/v2/fqdn_connections", $$$"""{"connection_name": "x", "inbound": {"default_primary_fqdn_id": "{{{fqdn}}}"}}""")).Expect422Async("/inbound/default_primary_fqdn_id");
        var updated = (await (await client.PatchJsonAsync($"/v2/fqdn_connections/{connection}", $$$"""{"inbound": {"default_primary_fqdn_id": "{{{fqdn}}}"}}""")).ExpectAsync(200))["data"]!;
        Assert.Equal(fqdn, updated["inbound"]!["default_primary_fqdn_id"].Str());

        await (await client.DeleteAsync($"/v2/fqdns/{fqdn}")).ExpectAsync(200);
        Assert.Null((await GetAsync(client, $"/v2/fqdn_connections/{connection}"))["data"]!["inbound"]!["default_primary_fqdn_id"]);

        await (await client.DeleteAsync($"/v2/fqdn_connections/{connection}")).ExpectAsync(200);
        await (await client.GetAsync($"/v2/fqdns/{other}")).ExpectAsync(404);
    }

    [Fact]
    public async Task Lists_FilterFqdnsAndConnectionsByFqdn()
    {
        var client = app.BearerClient();
        var first = (await PostAsync(client, "/v2/fqdn_connections", """{"connection_name": "first"}"""))["id"].Str();
        var second = (await PostAsync(client, "/v2/fqdn_connections", """{"connection_name": "second"}"""))["id"].Str();
        await PostAsync(client, "/v2/fqdns", $$"""{"connection_id": "{{first}}", "fqdn": "a.example.com", "dns_record_type": "a"}""");
        await PostAsync(client, "/v2/fqdns", $$"""{"connection_id": "{{second}}", "fqdn": "b.example.com", "dns_record_type": "srv"}""");

        var connections = await GetAsync(client, "/v2/fqdn_connections?filter[fqdn]=b.example.com");
        Assert.Equal("second", Assert.Single(connections["data"]!.AsArray())!["connection_name"].Str());
        Assert.Equal(1, (await GetAsync(client, "/v2/fqdns?filter[dns_record_type]=srv"))["meta"]!["total_results"]!.GetValue<int>());
        Assert.Equal(1, (await GetAsync(client, $"/v2/fqdns?filter[connection_id]={first}&filter[port]=5060"))["meta"]!["total_results"]!.GetValue<int>());
        Assert.Equal(1, (await GetAsync(client, "/v2/fqdns?filter[fqdn]=a.example.com"))["meta"]!["total_results"]!.GetValue<int>());
        await (await client.GetAsync("/v2/fqdns?filter[dns_record_type]=mx")).ExpectV2ErrorAsync(400, "10015", "/filter/dns_record_type");
    }

    [Fact]
    public async Task ResponsesOfEveryOperation_MatchTheReference()
    {
        var client = app.BearerClient();
        var connection = await (await client.PostJsonAsync("/v2/fqdn_connections", """{"connection_name": "pbx"}""")).ExpectAsync(201);
        var id = connection["data"]!["id"].Str();
        var fqdn = await (await client.PostJsonAsync("/v2/fqdns", $$"""{"connection_id": "{{id}}", "fqdn": "sip.example.com", "dns_record_type": "a"}""")).ExpectAsync(201);
        var fqdnId = fqdn["data"]!["id"].Str();

        await Contract.ReferenceSchemas.AssertMatchesAsync("/fqdn_connections", "post", "201", connection);
        await Contract.ReferenceSchemas.AssertMatchesAsync("/fqdn_connections", "get", "200", await GetAsync(client, "/v2/fqdn_connections"));
        await Contract.ReferenceSchemas.AssertMatchesAsync("/fqdn_connections/{id}", "patch", "200", await (await client.PatchJsonAsync($"/v2/fqdn_connections/{id}", "{}")).ExpectAsync(200));
        await Contract.ReferenceSchemas.AssertMatchesAsync("/fqdns", "post", "201", fqdn, strict: true);
        await Contract.ReferenceSchemas.AssertMatchesAsync("/fqdns", "get", "200", await GetAsync(client, "/v2/fqdns"));
        await Contract.ReferenceSchemas.AssertMatchesAsync("/fqdns/{id}", "get", "200", await GetAsync(client, $"/v2/fqdns/{fqdnId}"), strict: true);
        await Contract.ReferenceSchemas.AssertMatchesAsync("/fqdns/{id}", "delete", "200", await (await client.DeleteAsync($"/v2/fqdns/{fqdnId}")).ExpectAsync(200), strict: true);
        await Contract.ReferenceSchemas.AssertMatchesAsync("/fqdn_connections/{id}", "delete", "200", await (await client.DeleteAsync($"/v2/fqdn_connections/{id}")).ExpectAsync(200));
    }
}
