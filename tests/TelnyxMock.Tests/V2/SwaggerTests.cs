namespace TelnyxMock.Tests.V2;

public sealed class SwaggerTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("/v2/ip_connections", "get", "ListIpConnections", new[] { "200", "400", "401" })]
    [InlineData("/v2/ip_connections", "post", "CreateIpConnection", new[] { "201", "400", "401", "422" })]
    [InlineData("/v2/ip_connections/{id}", "get", "RetrieveIpConnection", new[] { "200", "401", "404" })]
    [InlineData("/v2/ip_connections/{id}", "patch", "UpdateIpConnection", new[] { "200", "400", "401", "404", "422" })]
    [InlineData("/v2/ip_connections/{id}", "delete", "DeleteIpConnection", new[] { "200", "401", "404" })]
    public async Task TelnyxDocument_DescribesEachOperationWithEveryStatus(string path, string method, string operationId, string[] statuses)
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);

        var operation = document["paths"]![path]![method]!;
        Assert.Equal(operationId, operation["operationId"].Str());
        var responses = operation["responses"]!.AsObject().Select(r => r.Key).ToHashSet();
        Assert.All(statuses, status => Assert.Contains(status, responses));
    }

    [Fact]
    public async Task TelnyxDocument_ListsTheQueryParametersAsTelnyxNamesThem()
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);

        var names = document["paths"]!["/v2/ip_connections"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"].Str()).ToList();
        Assert.Contains("filter[connection_name][contains]", names);
        Assert.Contains("filter[fqdn]", names);
        Assert.Contains("filter[outbound_voice_profile_id]", names);
        Assert.Contains("page[number]", names);
        Assert.Contains("page[size]", names);
        Assert.Contains("sort", names);
    }
}
