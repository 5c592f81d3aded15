using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>Helpers for the number tests: the search, number orders and the phone numbers they make.</summary>
internal static class NumberApi
{
    public const string Search = "/v2/available_phone_numbers";
    public const string Orders = "/v2/number_orders";
    public const string Numbers = "/v2/phone_numbers";

    /// <summary>GETs <paramref name="url"/> (query as written, brackets and all) and returns the whole body of its 200.</summary>
    public static async Task<JsonNode> GetOkAsync(this HttpClient client, string url) => await (await client.GetAsync(url)).ExpectAsync(200);

    /// <summary>Searches with the raw query and returns the numbers offered, in order.</summary>
    public static async Task<List<string>> SearchNumbersAsync(this HttpClient client, string query = "") =>
        (await client.GetOkAsync(Search + query)).PhoneNumbers();

    /// <summary>Places an order (which answers 200) and returns its <c>data</c>.</summary>
    public static async Task<JsonNode> OrderAsync(this HttpClient client, JsonObject body) =>
        (await (await client.PostJsonAsync(Orders, body.ToJsonString())).ExpectAsync(200))["data"]!;

    /// <summary>Orders <paramref name="numbers"/> with nothing else set and returns the order's <c>data</c>.</summary>
    public static Task<JsonNode> BuyAsync(this HttpClient client, params string[] numbers) => client.OrderAsync(OrderOf(numbers));

    /// <summary>An order body for <paramref name="numbers"/>.</summary>
    public static JsonObject OrderOf(params string[] numbers) =>
        new() { ["phone_numbers"] = new JsonArray([.. numbers.Select(n => (JsonNode)new JsonObject { ["phone_number"] = n })]) };

    /// <summary>The account's phone number <paramref name="e164"/>, as the list shows it.</summary>
    public static async Task<JsonNode> NumberAsync(this HttpClient client, string e164)
    {
        var page = await client.GetOkAsync($"{Numbers}?filter[phone_number]={e164.TrimStart('+')}");
        return Assert.Single(page["data"]!.AsArray(), n => n!["phone_number"].Str() == e164)!;
    }

    /// <summary><c>meta.total_results</c> of a list.</summary>
    public static async Task<int> TotalAsync(this HttpClient client, string url) =>
        (await client.GetOkAsync(url))["meta"]!["total_results"]!.GetValue<int>();

    public static List<string> PhoneNumbers(this JsonNode page) =>
        [.. page["data"]!.AsArray().Select(n => n!["phone_number"].Str())];

    /// <summary>Whether <paramref name="later"/>, an ISO 8601 UTC timestamp as the mock writes them, is after <paramref name="earlier"/>.</summary>
    public static bool IsAfter(this JsonNode? later, JsonNode? earlier) => string.CompareOrdinal(later.Str(), earlier.Str()) > 0;
}
