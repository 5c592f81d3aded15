using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;
using TelnyxMock.Tests.Coverage;
using TelnyxMock.Tests.V1;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// Every <c>/_mock</c> endpoint with <c>TelnyxMock:AdminToken</c> set: a missing or wrong token answers 401 in the
/// V2 envelope and changes nothing (data, fault rules, journal, clock); the right token, as <c>Authorization: Bearer</c>
/// or as <c>X-Mock-Admin-Token</c>, is served.
/// </summary>
public sealed class AdminTokenMatrixTests(ITestOutputHelper output) : IDisposable
{
    private const string AdminToken = "admin-s3cret-token";
    private readonly TelnyxMockApplication app = new(new Dictionary<string, string?> { ["TelnyxMock:AdminToken"] = AdminToken });

    public void Dispose() => app.Dispose();

    /// <summary>Method, path (<c>{fault}</c> is a fault rule created just before), body, success status.</summary>
    public static TheoryData<string, string, string?, int> Endpoints => new()
    {
        { "GET", "/_mock/health", null, 200 },
        { "POST", "/_mock/reset", null, 200 },
        { "POST", "/_mock/reset", """{"account": "alice"}""", 200 },
        { "POST", "/_mock/fixtures?account=alice", """{"v1_connections": [{"connection_name": "fixture"}]}""", 200 },
        { "GET", "/_mock/requests", null, 200 },
        { "DELETE", "/_mock/requests", null, 200 },
        { "POST", "/_mock/faults", """{"path": "/v2/never", "status": 503}""", 201 },
        { "GET", "/_mock/faults", null, 200 },
        { "DELETE", "/_mock/faults", null, 200 },
        { "DELETE", "/_mock/faults/{fault}", null, 204 },
        { "GET", "/_mock/clock", null, 200 },
        { "POST", "/_mock/clock", """{"advance": "PT1H"}""", 200 },
    };

    private static readonly Credential[] Wrong =
    [
        new("no credential"),
        Credential.Bearer("admin-wrong"),
        new("X-Mock-Admin-Token admin-wrong", ("X-Mock-Admin-Token", "admin-wrong")),
        Credential.Bearer(AdminToken.ToUpperInvariant()),
        Credential.Bearer(AdminToken[..^1]),
        Credential.Bearer(AdminToken + "x"),
        Credential.Token(AdminToken),
        new("x-api-token <admin>", ("x-api-user", "alice"), ("x-api-token", AdminToken)),
        Credential.Bearer("KEY_alice"),
        new("empty X-Mock-Admin-Token", ("X-Mock-Admin-Token", "")),
    ];

    private static readonly Credential[] Right =
    [
        Credential.Bearer(AdminToken),
        new("X-Mock-Admin-Token <admin>", ("X-Mock-Admin-Token", AdminToken)),
    ];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task ControlEndpoint_WithoutTheRightAdminToken_Returns401AndChangesNothing(string method, string path, string? body, int success)
    {
        var client = app.CreateClient();
        await app.V1Client("alice").CreateNamedAsync("alice's");

        foreach (var credential in Wrong)
        {
            var request = await RequestAsync(client, method, path, body);
            credential.Apply(request.Headers);
            var before = await StateAsync(client);

            var response = await client.SendAsync(request);

            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode == 401, $"{method} {path} with {credential}: expected 401, got {(int)response.StatusCode} {text}");
            var error = JsonNode.Parse(text)!["errors"]![0]!;
            Assert.Equal("10009", error["code"].Str());
            Assert.Null(error["source"]);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Equal(before, await StateAsync(client));
        }

        output.WriteLine($"{method} {path}: {Wrong.Length} wrong admin credentials refused (success would be {success})");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task ControlEndpoint_WithTheRightAdminToken_AsBearerOrHeader_IsServed(string method, string path, string? body, int success)
    {
        var client = app.CreateClient();
        foreach (var credential in Right)
        {
            var request = await RequestAsync(client, method, path, body);
            credential.Apply(request.Headers);

            var response = await client.SendAsync(request);

            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode == success, $"{method} {path} with {credential}: expected {success}, got {(int)response.StatusCode} {text}");
        }
    }

    [Fact]
    public void Endpoints_NameEveryControlEndpointOfTheMock()
    {
        // A row's path as a route: without its query, {fault} as the route's {id}.
        var rows = Endpoints.Select(row => ((string)row[0], ((string)row[1]).Split('?')[0].Replace("{fault}", "{id}", StringComparison.Ordinal))).ToHashSet();
        var control = MockModel.Endpoints.Where(e => e.Surface == Surface.Control).ToList();

        var missing = control.Where(e => !rows.Contains((e.Method, e.Route))).ToList();
        var stale = rows.Where(r => !control.Any(e => (e.Method, e.Route) == r)).ToList();

        Assert.True(missing.Count == 0, "Control endpoints without a row in Endpoints (add one with a body and its success status):\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "Rows of Endpoints naming no control endpoint: " + string.Join(", ", stale));
        Assert.NotEmpty(control);
    }

    private static async Task<HttpRequestMessage> RequestAsync(HttpClient client, string method, string path, string? body)
    {
        if (path.Contains("{fault}", StringComparison.Ordinal))
        {
            var rule = await Admin(client, HttpMethod.Post, "/_mock/faults", """{"path": "/v2/never", "status": 503}""");
            path = path.Replace("{fault}", rule["id"]!.ToJsonString(), StringComparison.Ordinal);
        }

        return new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : HttpTestExtensions.Json(body) };
    }

    /// <summary>What a control request could change: alice's data, the fault rules, the journal, the clock's offset.</summary>
    private async Task<string> StateAsync(HttpClient client)
    {
        var faults = await Admin(client, HttpMethod.Get, "/_mock/faults");
        var journal = await Admin(client, HttpMethod.Get, "/_mock/requests?method=POST");
        var clock = await Admin(client, HttpMethod.Get, "/_mock/clock");
        var data = await app.V1Client("alice").ListAsync();
        return $"{faults.ToJsonString()}\n{journal["requests"]!.ToJsonString()}\n{clock["offset_seconds"]!.ToJsonString()}\n{data.Names().Count}:{string.Join(",", data.Names())}";
    }

    private static async Task<JsonNode> Admin(HttpClient client, HttpMethod method, string path, string? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : HttpTestExtensions.Json(body) };
        request.Headers.Add("X-Mock-Admin-Token", AdminToken);
        var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
