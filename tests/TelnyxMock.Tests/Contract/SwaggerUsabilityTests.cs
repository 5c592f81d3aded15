using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using TelnyxMock.Tests.Coverage;

namespace TelnyxMock.Tests.Contract;

/// <summary>What a person exploring the API in Swagger UI relies on: examples that work, the right Authorize dialog, and a root that leads there.</summary>
public sealed class SwaggerUsabilityTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [MemberData(nameof(SwaggerTests.Documents), MemberType = typeof(SwaggerTests))]
    public async Task EveryRequestBody_HasAnExample_ThatSucceedsWhenSentUnchanged(string documentName)
    {
        using var client = app.BearerClient("KEY_example");
        var document = await (await client.GetAsync($"/swagger/{documentName}/swagger.json")).ExpectAsync(200);
        var sent = 0;
        var created = new Dictionary<string, string>(StringComparer.Ordinal);

        // Creates first, as a person would: the item operations then use what the collections' examples made.
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value)))
            .OrderBy(o => o.Method == "post" ? 0 : 1).ToList();
        foreach (var (path, method, operation) in operations)
        {
            {
                if (operation!["requestBody"] is not { } body)
                {
                    continue;
                }

                var example = body["content"]?["application/json"]?["example"];
                Assert.True(example is not null, $"{method.ToUpperInvariant()} {path} has a request body but no example.");
                var url = path.Contains("{id}", StringComparison.Ordinal)
                    ? path.Replace("{id}", await CreatedAsync(client, document, path, created), StringComparison.Ordinal)
                    : path;

                var sentBody = example!.DeepClone();
                if (sentBody is JsonObject fields)
                {
                    PointLinks(fields, path, created);
                }

                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), url) { Content = HttpTestExtensions.Json(sentBody.ToJsonString()) };
                using var response = await client.SendAsync(request);

                var answer = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode, $"{method.ToUpperInvariant()} {path} with its example answered {(int)response.StatusCode}: {answer}");
                if (method == "post" && JsonNode.Parse(answer) is JsonObject resource && (resource["data"]?["id"] ?? resource["id"]) is JsonValue id)
                {
                    // The resource a collection's example created is the one its item operations use: an example that
                    // must be unique (a credential user name) succeeds once per mock.
                    created[path] = id.ToString();
                }

                sent++;
            }
        }

        // Every endpoint of the document that declares an example, and only those, took a body.
        Assert.Equal(MockModel.Endpoints.Count(e => e.Document == documentName && e.Example is not null), sent);
    }

    /// <summary>
    /// An example naming another resource (an FQDN's connection_id) is sent with the id of the resource the target
    /// collection's own example created, as the create description tells a person to do. Which fields name which
    /// collection comes from the registration's links.
    /// </summary>
    private static void PointLinks(JsonObject example, string path, Dictionary<string, string> created)
    {
        foreach (var link in MockModel.Holding(path)?.Definition.Links.Where(l => l.ValueIn(example) is not null) ?? [])
        {
            var target = MockModel.OfRowType(link.Link.Target).Select(V2Registration.Of).OfType<V2Registration>().FirstOrDefault(t => created.ContainsKey(t.Path));
            if (target is not null)
            {
                var parent = link.Path[..^1].Aggregate(example, (node, segment) => node[segment]!.AsObject());
                parent[link.Path[^1]] = created[target.Path];
            }
        }
    }

    /// <summary>
    /// The resource an operation on <c>{id}</c> uses: the one its collection's POST example created, or made now with that
    /// example. A collection nobody posts to (phone numbers) is filled by the example of the POST that makes its resources
    /// (a number order), and its first resource is used.
    /// </summary>
    private static async Task<string> CreatedAsync(HttpClient client, JsonNode document, string itemPath, Dictionary<string, string> created)
    {
        var collection = itemPath[..itemPath.IndexOf("/{id}", StringComparison.Ordinal)];
        if (created.TryGetValue(collection, out var known))
        {
            return known;
        }

        if (MadeBy.TryGetValue(collection, out var maker))
        {
            await CreatedAsync(client, document, maker + "/{id}", created);
            var listed = JsonNode.Parse(await (await client.GetAsync(collection)).Content.ReadAsStringAsync())!;
            return created[collection] = listed["data"]![0]!["id"]!.GetValue<string>();
        }

        var example = document["paths"]![collection]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!;
        var answer = await (await client.PostJsonAsync(collection, example.ToJsonString())).Content.ReadAsStringAsync();
        var node = JsonNode.Parse(answer)!;
        return created[collection] = (node["data"]?["id"] ?? node["id"])?.GetValue<string>() ?? throw new InvalidOperationException($"POST {collection} with its example answered {answer}");
    }

    /// <summary>Collections whose resources another collection's POST makes.</summary>
    private static readonly Dictionary<string, string> MadeBy = new(StringComparer.Ordinal) { ["/v2/phone_numbers"] = "/v2/number_orders" };

    [Fact]
    public async Task ControlDocument_OffersTheAdminToken_NotTelnyxCredentials()
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/control/swagger.json")).ExpectAsync(200);

        var schemes = document["components"]!["securitySchemes"]!.AsObject();
        Assert.Equal(["admin_token", "x-mock-admin-token"], schemes.Select(s => s.Key).Order());
        Assert.Equal("X-Mock-Admin-Token", schemes["x-mock-admin-token"]!["name"].Str());
    }

    [Fact]
    public async Task TelnyxDocument_OffersBearerToV2_AndBearerOrUserTokenToV1()
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);

        Assert.Equal("""[{"bearer":[]}]""", document["paths"]!["/v2/ip_connections"]!["post"]!["security"]!.ToJsonString());
        Assert.Equal("""[{"bearer":[]},{"x-api-user":[],"x-api-token":[]}]""", document["paths"]!["/security/connections"]!["post"]!["security"]!.ToJsonString());
        Assert.DoesNotContain("admin_token", document["components"]!["securitySchemes"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_LeadsToSwaggerUi_AndIsNotJournaled()
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/swagger/", response.Headers.Location?.ToString());
        var journal = await (await client.GetAsync("/_mock/requests")).ExpectAsync(200);
        Assert.Equal(0, journal["count"]!.GetValue<int>());
        var ui = await client.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }
}

public sealed class QueryParameterDocumentationTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("/v2/ip_connections", "page[size]", "integer", 1, 250, "250")]
    [InlineData("/v2/ip_connections", "page[number]", "integer", 1, null, "1")]
    [InlineData("/security/connections", "per_page", "integer", 1, 1000, "100")]
    [InlineData("/security/connections", "page", "integer", 1, null, "1")]
    public async Task PagingParameters_ShowTypeRangeAndDefault(string path, string name, string type, int minimum, int? maximum, string @default)
    {
        var parameter = await ParameterAsync(path, name);

        Assert.Equal(type, parameter["schema"]!["type"].Str());
        Assert.Equal(minimum, parameter["schema"]!["minimum"]!.GetValue<int>());
        Assert.Equal(maximum, parameter["schema"]!["maximum"]?.GetValue<int>());
        Assert.Equal(@default, parameter["schema"]!["default"]!.ToJsonString());
    }

    [Theory]
    [InlineData("/v2/ip_connections", "sort", """["created_at","-created_at","connection_name","-connection_name","active","-active"]""")]
    [InlineData("/security/connections", "order_by", """["created_at","connection_name","auth_type","active"]""")]
    [InlineData("/security/connections", "mode", """["typeahead"]""")]
    public async Task ChoiceParameters_ListTheirValues(string path, string name, string values)
    {
        var parameter = await ParameterAsync(path, name);

        Assert.Equal(values, parameter["schema"]!["enum"]!.ToJsonString());
    }

    [Theory]
    [InlineData("/v2/ip_connections")]
    [InlineData("/security/connections")]
    public async Task EveryListParameter_HasATypeAndADescription(string path)
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);

        var parameters = document["paths"]![path]!["get"]!["parameters"]!.AsArray();
        Assert.True(parameters.Count >= 7);
        Assert.All(parameters, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p!["description"]?.GetValue<string>()), $"{p!["name"]} has no description");
            Assert.NotNull(p!["schema"]!["type"]);
        });
    }

    [Fact]
    public async Task DocumentedPageSizeDefault_IsTheOneApplied()
    {
        var shown = (await ParameterAsync("/v2/ip_connections", "page[size]"))["schema"]!["default"]!.GetValue<int>();

        var page = await (await app.BearerClient().GetAsync("/v2/ip_connections")).ExpectAsync(200);

        Assert.Equal(shown, page["meta"]!["page_size"]!.GetValue<int>());
    }

    private async Task<JsonNode> ParameterAsync(string path, string name)
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);
        return document["paths"]![path]!["get"]!["parameters"]!.AsArray().Single(p => p!["name"].Str() == name)!;
    }
}
