namespace TelnyxMock.Tests.V2;

/// <summary>Every response writes text the same way: "rtp+1" and "&lt;" as they are, whether served from a write or from a stored snapshot.</summary>
public sealed class JsonEncodingTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task V2_CreateRetrieveListUpdateAndDelete_WriteTextUnescaped()
    {
        using var client = app.BearerClient();
        var create = await client.PostJsonAsync("/v2/ip_connections", """{"connection_name": "a+b <c> & 'd'", "rtcp_settings": {"port": "rtp+1"}}""");
        var created = await create.Content.ReadAsStringAsync();
        var id = System.Text.Json.Nodes.JsonNode.Parse(created)!["data"]!["id"]!.GetValue<string>();

        var bodies = new Dictionary<string, string>
        {
            ["create"] = created,
            ["retrieve"] = await (await client.GetAsync($"/v2/ip_connections/{id}")).Content.ReadAsStringAsync(),
            ["list"] = await (await client.GetAsync("/v2/ip_connections")).Content.ReadAsStringAsync(),
            ["update"] = await (await client.PatchJsonAsync($"/v2/ip_connections/{id}", """{"active": false}""")).Content.ReadAsStringAsync(),
            ["delete"] = await (await client.DeleteAsync($"/v2/ip_connections/{id}")).Content.ReadAsStringAsync(),
        };

        Assert.All(bodies, body =>
        {
            Assert.Contains("\"rtp+1\"", body.Value, StringComparison.Ordinal);
            Assert.Contains("a+b <c> & 'd'", body.Value, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u00", body.Value, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task V1_CreateAndList_WriteTextUnescaped()
    {
        using var client = app.V1Client();
        var created = await (await client.PostJsonAsync("/security/connections", """{"connection_name": "a+b <c>", "rtcp_port": "rtp+1"}""")).Content.ReadAsStringAsync();
        var listed = await (await client.GetAsync("/security/connections")).Content.ReadAsStringAsync();

        Assert.All(new[] { created, listed }, body =>
        {
            Assert.Contains("\"rtp+1\"", body, StringComparison.Ordinal);
            Assert.Contains("a+b <c>", body, StringComparison.Ordinal);
            Assert.DoesNotContain("\\u00", body, StringComparison.Ordinal);
        });
    }
}
