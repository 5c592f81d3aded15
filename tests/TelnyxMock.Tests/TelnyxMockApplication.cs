using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TelnyxMock.Tests;

/// <summary>
/// The mock in-process with its own database: a fresh in-memory SQLite store per instance (so per
/// test), or the file given. Settings are passed as configuration keys, as a user would.
/// With <c>TELNYXMOCK_TEST_POSTGRES</c> set (the PostgreSQL leg of CI), an instance without a file gets a fresh schema
/// of that PostgreSQL database instead, so the same tests run against the PostgreSQL store (unless the settings name a
/// store of their own, as replicas sharing one schema do).
/// </summary>
public sealed class TelnyxMockApplication(IReadOnlyDictionary<string, string?>? settings = null, string? databaseFile = null)
    : WebApplicationFactory<Program>
{
    private readonly PostgresSchema? schema = databaseFile is null && settings?.ContainsKey("ConnectionStrings:TelnyxMock") != true
        ? PostgresSchema.CreateIfConfigured()
        : null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (schema is not null)
        {
            builder.UseSetting("TelnyxMock:Store", "postgres");
            builder.UseSetting("ConnectionStrings:TelnyxMock", schema.ConnectionString);
        }
        else
        {
            builder.UseSetting("ConnectionStrings:TelnyxMock", databaseFile is null ? "Data Source=:memory:" : $"Data Source={databaseFile}");
        }

        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        schema?.Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        schema?.Dispose();
    }
}

public static class HttpTestExtensions
{
    /// <summary>A client authenticated for V1 with the x-api-user / x-api-token pair.</summary>
    public static HttpClient V1Client(this WebApplicationFactory<Program> app, string user = "alice", string token = "secret")
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("x-api-user", user);
        client.DefaultRequestHeaders.Add("x-api-token", token);
        return client;
    }

    /// <summary>A client with <c>Authorization: Bearer</c>, as V2 and the SDKs send it.</summary>
    public static HttpClient BearerClient(this WebApplicationFactory<Program> app, string key = "KEY_alice")
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, Json(json));

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, string json) =>
        client.PutAsync(url, Json(json));

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string url, string json) =>
        client.PatchAsync(url, Json(json));

    public static async Task<JsonNode> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("The body was JSON null.");

    /// <summary>Asserts the status (showing the body when it differs) and returns the parsed body.</summary>
    public static async Task<JsonNode> ExpectAsync(this HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"Expected {status}, got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body) ?? throw new InvalidOperationException("The body was JSON null.");
    }

    public static string Str(this JsonNode? node) => node?.GetValue<string>() ?? throw new InvalidOperationException("Expected a string.");

    public static string Serialize(object value) => JsonSerializer.Serialize(value);

    public static Task<HttpResponseMessage> PostAsJsonSnakeAsync<T>(this HttpClient client, string url, T value) =>
        client.PostAsJsonAsync(url, value, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
}
