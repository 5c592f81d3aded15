using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;
using TelnyxMock.Tests.Coverage;

namespace TelnyxMock.Tests.Contract;

public sealed class SwaggerTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    /// <summary>Every endpoint of the Telnyx surface, by method and route (read from the mock's endpoints).</summary>
    public static TheoryData<string> TelnyxEndpoints => [.. MockModel.Telnyx.Select(e => e.ToString())];

    /// <summary>Every OpenAPI document the mock's endpoints are grouped into.</summary>
    public static TheoryData<string> Documents => [.. MockModel.Endpoints.Select(e => e.Document).OfType<string>().Distinct()];

    /// <summary>
    /// Each endpoint documents exactly the statuses it answers: its success (for V2 the reference's), 401 and 500 always,
    /// 404 when its route names a resource, a bad query's status when it reads a query (400 on V2, 422 on V1), and 400,
    /// 413, 415 (and on V2 422) when it takes a body. A V2 endpoint is the reference's operation of the same path and
    /// method: the same operationId, and a body exactly when the reference takes one.
    /// </summary>
    /// <summary>Statuses an endpoint answers besides the rule's, each for a reason of its own.</summary>
    private static readonly Dictionary<string, string[]> MoreStatuses = new(StringComparer.Ordinal)
    {
        // A token is refused for an expired credential (issue 20), with the V2 validation envelope.
        ["POST /v2/telephony_credentials/{id}/token"] = ["422"],
    };

    [Theory]
    [MemberData(nameof(TelnyxEndpoints))]
    public async Task TelnyxDocument_DescribesEachEndpoint_WithEveryStatusItAnswers(string name)
    {
        var endpoint = MockModel.Telnyx.Single(e => e.ToString() == name);
        var document = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);
        var method = endpoint.Method.ToLowerInvariant();
        var v2 = endpoint.Surface == Surface.V2;

        var operation = document["paths"]?[endpoint.Route]?[method];
        Assert.True(operation is not null, $"{endpoint} is not in the Telnyx document.");
        var reference = v2 ? ReferenceSchemas.Document["paths"]?[endpoint.Route["/v2".Length..]]?[method] : null;
        Assert.True(!v2 || reference is not null, $"{endpoint} is no operation of Telnyx's reference ({endpoint.Route["/v2".Length..]}).");
        var takesBody = operation["requestBody"] is not null;
        var readsQuery = operation["parameters"]?.AsArray().Any(p => p!["in"].Str() == "query") == true;

        // V1 answers every success 200; V2 as the reference documents.
        var success = reference is null ? "200" : reference["responses"]!.AsObject().Select(r => r.Key).Single(k => k.StartsWith('2'));
        var expected = new SortedSet<string>(StringComparer.Ordinal) { success, "401", "500" };
        if (endpoint.Parameter is not null)
        {
            expected.Add("404");
        }

        if (readsQuery)
        {
            expected.Add(v2 ? "400" : "422");
        }

        if (takesBody)
        {
            expected.UnionWith(v2 ? ["400", "413", "415", "422"] : ["400", "413", "415"]);
        }

        expected.UnionWith(MoreStatuses.GetValueOrDefault(endpoint.ToString(), []));
        Assert.Equal(expected, new SortedSet<string>(operation["responses"]!.AsObject().Select(r => r.Key), StringComparer.Ordinal));
        Assert.Equal(endpoint.OperationId, operation["operationId"].Str());
        if (reference is not null)
        {
            Assert.Equal(reference["operationId"].Str(), operation["operationId"].Str());
            Assert.Equal(reference["requestBody"] is not null, takesBody);
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task EachDocument_DescribesExactlyTheEndpointsGroupedInIt(string name)
    {
        var document = await (await app.CreateClient().GetAsync($"/swagger/{name}/swagger.json")).ExpectAsync(200);
        var endpoints = MockModel.Endpoints.Where(e => e.Document == name).ToList();

        var described = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(o => o.Value?["responses"] is not null).Select(o => $"{o.Key.ToUpperInvariant()} {p.Key} {o.Value!["operationId"]?.GetValue<string>()}"))
            .Order().ToList();

        Assert.Equal(endpoints.Select(e => $"{e} {e.OperationId}").Order(), described);
        Assert.NotEmpty(endpoints);
        Assert.Equal(endpoints.Count, endpoints.Select(e => e.OperationId).Distinct().Count());
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
