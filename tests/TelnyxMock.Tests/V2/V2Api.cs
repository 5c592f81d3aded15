using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>Small helpers shared by the V2 tests.</summary>
internal static class V2Api
{
    public const string Path = "/v2/ip_connections";

    /// <summary>Creates a connection and returns its <c>data</c>.</summary>
    public static async Task<JsonNode> CreateAsync(this HttpClient client, string json = "{}")
    {
        var response = await client.PostJsonAsync(Path, json);
        return (await response.ExpectAsync(201))["data"]!;
    }

    public static Task<JsonNode> CreateNamedAsync(this HttpClient client, string name) =>
        client.CreateAsync($$"""{"connection_name": "{{name}}"}""");

    /// <summary>
    /// Creates an outbound voice profile in the client's account (<c>POST /v2/outbound_voice_profiles</c>, which answers
    /// 200) and returns its id: what a connection's <c>outbound.outbound_voice_profile_id</c> may name.
    /// </summary>
    public static async Task<string> CreateProfileAsync(this HttpClient client, string name = "office")
    {
        var response = await client.PostJsonAsync("/v2/outbound_voice_profiles", new JsonObject { ["name"] = name }.ToJsonString());
        return (await response.ExpectAsync(200))["data"]!["id"].Str();
    }

    /// <summary>
    /// <paramref name="request"/> with the outbound voice profile it names (the samples name the reference's example id,
    /// <see cref="V2Samples.ProfileId"/>) replaced by a profile created now in the client's account, as a connection may
    /// only name one of its account's profiles; a request that names none is returned as it is.
    /// </summary>
    public static async Task<string> WithRealProfileAsync(this HttpClient client, string request)
    {
        var json = JsonNode.Parse(request)!.AsObject();
        if (json["outbound"] is not JsonObject outbound || outbound["outbound_voice_profile_id"] is null)
        {
            return request;
        }

        outbound["outbound_voice_profile_id"] = await client.CreateProfileAsync();
        return json.ToJsonString();
    }

    public static async Task<JsonNode> PatchAsync(this HttpClient client, string id, string json)
    {
        var response = await client.PatchJsonAsync($"{Path}/{id}", json);
        return (await response.ExpectAsync(200))["data"]!;
    }

    /// <summary>Lists with the raw query string (brackets and all) and returns the whole body.</summary>
    public static async Task<JsonNode> ListAsync(this HttpClient client, string query = "")
    {
        var response = await client.GetAsync(Path + query);
        return await response.ExpectAsync(200);
    }

    public static List<string?> Names(this JsonNode list) =>
        list["data"]!.AsArray().Select(c => c!["connection_name"]?.GetValue<string>()).ToList();

    public static List<string> Ids(this JsonNode list) =>
        list["data"]!.AsArray().Select(c => c!["id"].Str()).ToList();

    /// <summary>Asserts a V2 error body with one error per pointer, all with <paramref name="code"/>, and returns the errors.</summary>
    public static async Task<JsonArray> ExpectV2ErrorAsync(this HttpResponseMessage response, int status, string code, params string[] pointers)
    {
        var body = await response.ExpectAsync(status);
        var errors = body["errors"]!.AsArray();
        Assert.NotEmpty(errors);
        foreach (var error in errors)
        {
            Assert.Equal(code, error!["code"].Str());
            Assert.Equal($"https://developers.telnyx.com/docs/overview/errors/{code}", error["meta"]!["url"].Str());
            Assert.False(string.IsNullOrWhiteSpace(error["detail"].Str()));
        }

        var actual = errors.Select(e => e!["source"]?["pointer"]?.GetValue<string>()).ToList();
        foreach (var pointer in pointers)
        {
            Assert.True(actual.Contains(pointer), $"Expected an error at '{pointer}', got: {body.ToJsonString()}");
        }

        return errors;
    }

    /// <summary>Asserts a 422 whose errors point exactly at <paramref name="pointers"/>.</summary>
    public static async Task<JsonArray> Expect422Async(this HttpResponseMessage response, params string[] pointers)
    {
        var errors = await response.ExpectV2ErrorAsync(422, "10015", pointers);
        Assert.Equal(pointers.Order(), errors.Select(e => e!["source"]!["pointer"].Str()).Order());
        Assert.All(errors, e => Assert.Equal("Bad Request", e!["title"].Str()));
        return errors;
    }
}
