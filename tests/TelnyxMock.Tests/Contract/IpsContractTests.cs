namespace TelnyxMock.Tests.Contract;

/// <summary>Real responses of every /v2/ips operation, checked against the response schemas of Telnyx's reference.</summary>
public sealed class IpsContractTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task EveryOperation_AndItsErrors_MatchTheReference()
    {
        var client = app.BearerClient();
        var connection = (await (await client.PostJsonAsync("/v2/ip_connections", "{}")).ExpectAsync(201))["data"]!["id"].Str();

        var created = await (await client.PostJsonAsync("/v2/ips", $$"""{"ip_address": "192.0.2.10", "connection_id": "{{connection}}"}""")).ExpectAsync(201);
        var unattached = await (await client.PostJsonAsync("/v2/ips", """{"ip_address": "2001:db8::1"}""")).ExpectAsync(201);
        var id = created["data"]!["id"].Str();

        await ReferenceSchemas.AssertMatchesAsync("/ips", "post", "201", created, strict: true);
        await ReferenceSchemas.AssertMatchesAsync("/ips", "post", "201", unattached);
        await ReferenceSchemas.AssertMatchesAsync("/ips", "get", "200", await (await client.GetAsync("/v2/ips?page[size]=1")).ExpectAsync(200));
        await ReferenceSchemas.AssertMatchesAsync("/ips/{id}", "get", "200", await (await client.GetAsync($"/v2/ips/{id}")).ExpectAsync(200), strict: true);
        await ReferenceSchemas.AssertMatchesAsync("/ips/{id}", "patch", "200", await (await client.PatchJsonAsync($"/v2/ips/{id}", """{"port": 5070}""")).ExpectAsync(200), strict: true);
        await ReferenceSchemas.AssertMatchesAsync("/ips/{id}", "delete", "200", await (await client.DeleteAsync($"/v2/ips/{id}")).ExpectAsync(200), strict: true);

        await ReferenceSchemas.AssertMatchesAsync("/ips", "post", "401", await (await app.CreateClient().PostJsonAsync("/v2/ips", "{}")).ExpectAsync(401));
        await ReferenceSchemas.AssertMatchesAsync("/ips", "get", "400", await (await client.GetAsync("/v2/ips?page[size]=0")).ExpectAsync(400));
        await ReferenceSchemas.AssertMatchesAsync("/ips", "post", "422", await (await client.PostJsonAsync("/v2/ips", """{"ip_address": "x"}""")).ExpectAsync(422));
        await ReferenceSchemas.AssertMatchesAsync("/ips/{id}", "get", "404", await (await client.GetAsync("/v2/ips/1")).ExpectAsync(404));
        await ReferenceSchemas.AssertMatchesAsync("/ips/{id}", "patch", "404", await (await client.PatchJsonAsync("/v2/ips/1", "{}")).ExpectAsync(404));
        await ReferenceSchemas.AssertMatchesAsync("/ips/{id}", "delete", "404", await (await client.DeleteAsync("/v2/ips/1")).ExpectAsync(404));
    }

    [Fact]
    public async Task Ip_HasEveryPropertyTheReferenceNames_AndNoOther()
    {
        var client = app.BearerClient();
        var ip = (await (await client.PostJsonAsync("/v2/ips", """{"ip_address": "192.0.2.10"}""")).ExpectAsync(201))["data"]!.AsObject();

        var reference = ReferenceSchemas.Components["Ip"]!["properties"]!.AsObject().Select(p => p.Key).Order();
        Assert.Equal(reference, ip.Select(p => p.Key).Order());
    }
}
