using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace TelnyxMock.Tests.Control;

/// <summary>Helpers for the /_mock tests: the calls a test suite makes around its own tests.</summary>
internal static class MockControl
{
    public static async Task<JsonNode> ResetAsync(this HttpClient client, string body = "")
    {
        var response = body.Length == 0 ? await client.PostAsync("/_mock/reset", null) : await client.PostJsonAsync("/_mock/reset", body);
        return await response.ExpectAsync(200);
    }

    public static async Task<JsonNode> LoadFixturesAsync(this HttpClient client, string document, string query = "")
    {
        var response = await client.PostJsonAsync("/_mock/fixtures" + query, document);
        return await response.ExpectAsync(200);
    }

    public static async Task<JsonArray> JournalAsync(this HttpClient client, string query = "")
    {
        var body = await (await client.GetAsync("/_mock/requests" + query)).ExpectAsync(200);
        return body["requests"]!.AsArray();
    }

    public static async Task<JsonNode> AddFaultAsync(this HttpClient client, string rule)
    {
        var response = await client.PostJsonAsync("/_mock/faults", rule);
        return await response.ExpectAsync(201);
    }

    /// <summary>A variant of the application with some services replaced, for states a real request cannot produce.</summary>
    public static WebApplicationFactory<Program> With(this TelnyxMockApplication app, Action<IServiceCollection> replace) =>
        app.WithWebHostBuilder(builder => builder.ConfigureTestServices(replace));

    public static int Int(this JsonNode? node) => node?.GetValue<int>() ?? throw new InvalidOperationException("Expected a number.");

    /// <summary>Asserts a V2-style error envelope with an entry pointing at <paramref name="pointer"/>.</summary>
    public static async Task<JsonNode> ExpectPointerAsync(this HttpResponseMessage response, int status, string pointer)
    {
        var body = await response.ExpectAsync(status);
        var pointers = body["errors"]!.AsArray().Select(e => e!["source"]?["pointer"]?.GetValue<string>()).ToList();
        Assert.True(pointers.Contains(pointer), $"Expected an error at {pointer}, got: {body.ToJsonString()}");
        return body;
    }
}
