namespace TelnyxMock.Tests.V2;

/// <summary>/v2/connections: every type in one list with its record_type, the typed lists' filters, sort and paging,
/// retrieve of any type, and active_calls.</summary>
public sealed class AllConnectionsTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    private string profile = string.Empty;

    public void Dispose() => app.Dispose();

    /// <summary>One connection of each type; the IP connection names <see cref="profile"/>.</summary>
    private async Task<(HttpClient Client, string Ip, string Credential, string Fqdn)> ThreeTypesAsync()
    {
        var client = app.BearerClient();
        async Task<string> Create(string path, string json) => (await (await client.PostJsonAsync(path, json)).ExpectAsync(201))["data"]!["id"].Str();
        profile = await client.CreateProfileAsync();
        var ip = await Create("/v2/ip_connections", $$$"""{"connection_name": "Alpha trunk", "outbound": {"outbound_voice_profile_id": "{{{profile}}}"}}""");
        var credential = await Create("/v2/credential_connections", """{"connection_name": "Bravo phones", "user_name": "bravo001", "password": "password1", "active": false}""");
        var fqdn = await Create("/v2/fqdn_connections", """{"connection_name": "Charlie pbx", "tags": ["pbx"]}""");
        await Create("/v2/fqdns", $$"""{"connection_id": "{{fqdn}}", "fqdn": "pbx.example.com", "dns_record_type": "a"}""");
        return (client, ip, credential, fqdn);
    }

    [Fact]
    public async Task List_HasEveryType_WithItsRecordType_InTheReferencesConnectionShape()
    {
        var (client, ip, credential, fqdn) = await ThreeTypesAsync();

        var list = await (await client.GetAsync("/v2/connections?sort=connection_name")).ExpectAsync(200);

        var data = list["data"]!.AsArray();
        Assert.Equal([ip, credential, fqdn], data.Select(c => c!["id"].Str()));
        Assert.Equal(["ip_connection", "credential_connection", "fqdn_connection"], data.Select(c => c!["record_type"].Str()));
        Assert.Equal(profile, data[0]!["outbound_voice_profile_id"].Str());
        Assert.Equal(["pbx"], data[2]!["tags"]!.AsArray().Select(t => t.Str()));
        Assert.Equal("""{"page_number":1,"page_size":250,"total_pages":1,"total_results":3}""", list["meta"]!.ToJsonString());
        await Contract.ReferenceSchemas.AssertMatchesAsync("/connections", "get", "200", list);
    }

    [Fact]
    public async Task List_FiltersSortsAndPagesAcrossTypes()
    {
        var (client, ip, credential, fqdn) = await ThreeTypesAsync();

        async Task<List<string>> Ids(string query) =>
            (await (await client.GetAsync("/v2/connections" + query)).ExpectAsync(200))["data"]!.AsArray().Select(c => c!["id"].Str()).ToList();

        Assert.Equal([fqdn, credential, ip], await Ids(""));
        Assert.Equal([credential], await Ids("?filter[connection_name][contains]=phone"));
        Assert.Equal([fqdn], await Ids("?filter[fqdn]=pbx.example.com"));
        Assert.Equal([ip], await Ids($"?filter[outbound_voice_profile_id]={profile}"));
        Assert.Equal([credential, ip, fqdn], await Ids("?sort=active"));
        Assert.Equal([credential], await Ids("?sort=connection_name&page[size]=1&page[number]=2"));
        await (await client.GetAsync("/v2/connections?sort=nope&page[number]=0")).ExpectV2ErrorAsync(400, "10015", "/sort", "/page/number");
    }

    [Fact]
    public async Task Retrieve_AnyType_AndActiveCalls_ForTheAccountsOwnConnectionsOnly()
    {
        var (client, _, credential, _) = await ThreeTypesAsync();

        var one = await (await client.GetAsync($"/v2/connections/{credential}")).ExpectAsync(200);
        Assert.Equal("credential_connection", one["data"]!["record_type"].Str());
        await Contract.ReferenceSchemas.AssertMatchesAsync("/connections/{id}", "get", "200", one);

        var calls = await (await client.GetAsync($"/v2/connections/{credential}/active_calls")).ExpectAsync(200);
        Assert.Empty(calls["data"]!.AsArray());
        Assert.Equal(0, calls["meta"]!["total_items"]!.GetValue<int>());
        await Contract.ReferenceSchemas.AssertMatchesAsync("/connections/{connection_id}/active_calls", "get", "200", calls);

        var bob = app.BearerClient("KEY_bob");
        await (await bob.GetAsync($"/v2/connections/{credential}")).ExpectAsync(404);
        await (await bob.GetAsync($"/v2/connections/{credential}/active_calls")).ExpectAsync(404);
        await (await client.GetAsync("/v2/connections/12x")).ExpectAsync(404);
        await (await client.GetAsync($"/v2/connections/{credential}/active_calls?page[limit]=0")).ExpectV2ErrorAsync(400, "10015", "/page/limit");
        Assert.Equal(0, (await (await bob.GetAsync("/v2/connections")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
    }

    [Fact]
    public async Task TotalsFollowWrites_OfEveryType()
    {
        var (client, ip, _, fqdn) = await ThreeTypesAsync();
        await (await client.GetAsync("/v2/connections")).ExpectAsync(200);

        await (await client.DeleteAsync($"/v2/ip_connections/{ip}")).ExpectAsync(200);
        await (await client.DeleteAsync($"/v2/fqdn_connections/{fqdn}")).ExpectAsync(200);

        Assert.Equal(1, (await (await client.GetAsync("/v2/connections")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
    }
}
