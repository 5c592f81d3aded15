using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V1;

/// <summary>Small helpers shared by the V1 tests.</summary>
internal static class V1Api
{
    public const string Path = "/security/connections";

    public static async Task<JsonNode> CreateAsync(this HttpClient client, string json)
    {
        var response = await client.PostJsonAsync(Path, json);
        return await response.ExpectAsync(200);
    }

    public static Task<JsonNode> CreateNamedAsync(this HttpClient client, string name) =>
        client.CreateAsync($$"""{"connection_name": "{{name}}"}""");

    public static async Task<JsonArray> ListAsync(this HttpClient client, string query = "")
    {
        var response = await client.GetAsync(Path + query);
        return (JsonArray)await response.ExpectAsync(200);
    }

    public static List<string> Names(this JsonArray list) => list.Select(c => c!["connection_name"].Str()).ToList();

    /// <summary>Asserts a V1 validation or query error naming <paramref name="field"/>.</summary>
    public static async Task<JsonNode> ExpectV1ErrorAsync(this HttpResponseMessage response, int status, string field)
    {
        var body = await response.ExpectAsync(status);
        Assert.False(body["success"]!.GetValue<bool>());
        Assert.False(string.IsNullOrWhiteSpace(body["message"].Str()));
        var reasons = body["reasons"]!.AsObject();
        Assert.True(reasons.ContainsKey(field), $"Expected a reason for '{field}', got: {body.ToJsonString()}");
        Assert.NotEmpty(reasons[field]!.AsArray());
        return body;
    }
}
