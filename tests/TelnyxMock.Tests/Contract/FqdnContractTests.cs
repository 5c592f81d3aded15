namespace TelnyxMock.Tests.Contract;

/// <summary>FQDN connections and FQDNs against Telnyx's reference: every property it names (and no other), and the
/// responses and error bodies of every operation.</summary>
public sealed class FqdnContractTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("FqdnConnection", "")]
    [InlineData("InboundFqdn", "inbound")]
    [InlineData("OutboundFqdn", "outbound")]
    public async Task FqdnConnection_HasEveryPropertyTheReferenceNames_AndNoOther(string schema, string member)
    {
        var created = await (await app.BearerClient().PostJsonAsync("/v2/fqdn_connections", """{"connection_name": "pbx"}""")).ExpectAsync(201);
        var node = member.Length == 0 ? created["data"]! : created["data"]![member]!;

        var reference = ReferenceSchemas.Components[schema]!["properties"]!.AsObject().Select(p => p.Key).Order();
        Assert.Equal(reference, node.AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public async Task Fqdn_HasEveryPropertyTheReferenceNames_AndNoOther()
    {
        var client = app.BearerClient();
        var pbx = (await (await client.PostJsonAsync("/v2/fqdn_connections", """{"connection_name": "pbx"}""")).ExpectAsync(201))["data"]!["id"].Str();
        var fqdn = await (await client.PostJsonAsync("/v2/fqdns", $$"""{"connection_id": "{{pbx}}", "fqdn": "a.example.com", "dns_record_type": "a"}""")).ExpectAsync(201);

        var reference = ReferenceSchemas.Components["Fqdn"]!["properties"]!.AsObject().Select(p => p.Key).Order();
        Assert.Equal(reference, fqdn["data"]!.AsObject().Select(p => p.Key).Order());
    }

    [Fact]
    public async Task EveryOperation_AndItsErrors_MatchTheReference()
    {
        var client = app.BearerClient();
        var pbx = (await (await client.PostJsonAsync("/v2/fqdn_connections", """{"connection_name": "pbx"}""")).ExpectAsync(201))["data"]!["id"].Str();
        var fqdn = (await (await client.PostJsonAsync("/v2/fqdns", $$"""{"connection_id": "{{pbx}}", "fqdn": "a.example.com", "dns_record_type": "a"}""")).ExpectAsync(201))["data"]!["id"].Str();

        await ReferenceSchemas.AssertMatchesAsync("/fqdn_connections/{id}", "get", "200", await (await client.GetAsync($"/v2/fqdn_connections/{pbx}")).ExpectAsync(200));
        await ReferenceSchemas.AssertMatchesAsync("/fqdns/{id}", "patch", "200", await (await client.PatchJsonAsync($"/v2/fqdns/{fqdn}", """{"port": 5070}""")).ExpectAsync(200), strict: true);

        await ReferenceSchemas.AssertMatchesAsync("/fqdn_connections", "post", "422", await (await client.PostJsonAsync("/v2/fqdn_connections", "{}")).ExpectAsync(422));
        await ReferenceSchemas.AssertMatchesAsync("/fqdn_connections", "post", "401", await (await app.CreateClient().PostJsonAsync("/v2/fqdn_connections", "{}")).ExpectAsync(401));
        await ReferenceSchemas.AssertMatchesAsync("/fqdn_connections/{id}", "get", "404", await (await client.GetAsync("/v2/fqdn_connections/1")).ExpectAsync(404));
        await ReferenceSchemas.AssertMatchesAsync("/fqdn_connections/{id}", "patch", "422", await (await client.PatchJsonAsync($"/v2/fqdn_connections/{pbx}", """{"active": "x"}""")).ExpectAsync(422));
        await ReferenceSchemas.AssertMatchesAsync("/fqdns", "post", "422", await (await client.PostJsonAsync("/v2/fqdns", "{}")).ExpectAsync(422));
        await ReferenceSchemas.AssertMatchesAsync("/fqdns", "get", "400", await (await client.GetAsync("/v2/fqdns?page[size]=0")).ExpectAsync(400));
        await ReferenceSchemas.AssertMatchesAsync("/fqdns/{id}", "get", "404", await (await client.GetAsync("/v2/fqdns/1")).ExpectAsync(404));
        await ReferenceSchemas.AssertMatchesAsync("/fqdns/{id}", "delete", "404", await (await client.DeleteAsync("/v2/fqdns/1")).ExpectAsync(404));
        await ReferenceSchemas.AssertMatchesAsync("/connections", "get", "400", await (await client.GetAsync("/v2/connections?sort=x")).ExpectAsync(400));
        await ReferenceSchemas.AssertMatchesAsync("/connections/{id}", "get", "404", await (await client.GetAsync("/v2/connections/1")).ExpectAsync(404));
    }
}
