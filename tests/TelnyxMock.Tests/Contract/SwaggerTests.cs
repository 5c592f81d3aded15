using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.Contract;

public sealed class SwaggerTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("/security/connections", "get", "ListConnectionsV1", new[] { "200", "401", "422" })]
    [InlineData("/security/connections", "post", "CreateConnectionV1", new[] { "200", "400", "401", "413", "415" })]
    [InlineData("/security/connections/{id}", "get", "RetrieveConnectionV1", new[] { "200", "401", "404" })]
    [InlineData("/security/connections/{id}", "put", "UpdateConnectionV1", new[] { "200", "400", "401", "404", "413", "415" })]
    [InlineData("/security/connections/{id}", "delete", "DeleteConnectionV1", new[] { "200", "401", "404" })]
    [InlineData("/v2/ips", "get", "ListIps", new[] { "200", "400", "401" })]
    [InlineData("/v2/ips", "post", "CreateIp", new[] { "201", "400", "401", "422" })]
    [InlineData("/v2/ips/{id}", "patch", "UpdateIp", new[] { "200", "400", "401", "404", "422" })]
    [InlineData("/v2/credential_connections", "post", "CreateCredentialConnection", new[] { "201", "400", "401", "422" })]
    [InlineData("/v2/credential_connections/{id}/actions/check_registration_status", "post", "CheckRegistrationStatus", new[] { "200", "401", "404" })]
    [InlineData("/v2/fqdn_connections/{id}", "delete", "DeleteFqdnConnection", new[] { "200", "401", "404" })]
    [InlineData("/v2/fqdns/{id}", "get", "RetrieveFqdn", new[] { "200", "401", "404" })]
    [InlineData("/v2/connections", "get", "ListConnections", new[] { "200", "400", "401" })]
    [InlineData("/v2/connections/{id}", "get", "RetrieveConnection", new[] { "200", "401", "404" })]
    [InlineData("/v2/connections/{connection_id}/active_calls", "get", "ListConnectionActiveCalls", new[] { "200", "400", "401", "404" })]
    public async Task TelnyxDocument_ListsEachV1Operation_WithEveryStatus(string path, string method, string operationId, string[] statuses)
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);

        var operation = document["paths"]![path]![method]!;
        Assert.Equal(operationId, operation["operationId"].Str());
        var responses = operation["responses"]!.AsObject().Select(r => r.Key).ToHashSet();
        Assert.Superset(statuses.ToHashSet(), responses);
    }

    [Fact]
    public async Task TelnyxDocument_DescribesTheCreateBody_WithSnakeCaseFieldsAndDefaults()
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);

        var schemas = document["components"]!["schemas"]!.AsObject();
        var create = schemas.First(s => s.Key.EndsWith("CreateConnectionRequest", StringComparison.Ordinal)).Value!;
        var properties = Flatten(create, schemas);
        Assert.Contains("timeout_1xx", properties.Keys);
        Assert.Contains("onnet_t38_passthrough_enabled", properties.Keys);
        Assert.Equal("\"3\"", properties["timeout_1xx"]!["default"]!.ToJsonString());
        Assert.Equal("""["UDP","TLS","TCP"]""", properties["transport_protocol"]!["enum"]!.ToJsonString());
        Assert.Equal("[0,1,2]", properties["dnis_number_format"]!["enum"]!.ToJsonString());
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        var response = await app.CreateClient().GetAsync("/swagger/index.html");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, JsonNode?> Flatten(JsonNode schema, JsonObject schemas)
    {
        var result = new Dictionary<string, JsonNode?>();
        foreach (var (key, value) in schema["properties"]?.AsObject() ?? [])
        {
            result[key] = value;
        }

        foreach (var part in schema["allOf"]?.AsArray() ?? [])
        {
            var target = part!["$ref"] is { } reference ? schemas[reference.Str().Split('/').Last()]! : part;
            foreach (var (key, value) in Flatten(target, schemas))
            {
                result[key] = value;
            }
        }

        return result;
    }
}
