using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>Generated odd query strings and ids for V2: every one answers 200, 400 or 404 in Telnyx's envelope, never 5xx.</summary>
public sealed class V2QueryAndIdTests(ITestOutputHelper output) : IDisposable
{
    private const string Path = "/v2/ip_connections";

    private static readonly string[] OddValues =
    [
        "", " ", "-1", "0", "1", "250", "251", "2147483648", "99999999999999999999", "1.5", "abc", "true",
        "%27%20OR%201%3D1%20--", "%25%25%25", "___", "..%2F..%2Fetc", "%E2%98%83%E2%98%83%E2%98%83",
        new string('x', 5000), "%3Cscript%3E", "null", "%5B%5D", "-created_at", "created_at", "CREATED_AT",
    ];

    private static readonly string[] Parameters =
    [
        "page[number]", "page[size]", "sort", "filter[connection_name][contains]", "filter[fqdn]",
        "filter[outbound_voice_profile_id]", "filter[outbound.outbound_voice_profile_id]",
    ];

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task GeneratedQueryStrings_AnswerInTheV2Envelope()
    {
        var client = app.BearerClient("KEY_q");
        await (await client.PostJsonAsync(Path, """{"connection_name": "existing"}""")).ExpectAsync(201);
        var failures = new List<string>();
        var count = 0;

        foreach (var parameter in Parameters)
        {
            foreach (var value in OddValues.Concat([$"1&{parameter}=2"]))
            {
                count++;
                var response = await client.GetAsync($"{Path}?{parameter}={value}");
                var status = (int)response.StatusCode;
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                var ok = status switch
                {
                    200 => body?["data"] is JsonArray && body["meta"] is JsonObject,
                    400 => body?["errors"]?[0]?["code"]?.GetValue<string>() == "10015" && body["errors"]![0]!["source"]?["pointer"] is not null,
                    _ => false,
                };
                if (!ok)
                {
                    failures.Add($"{parameter}={(value.Length > 30 ? value[..30] : value)}: {status} {body?.ToJsonString()}");
                }
            }
        }

        output.WriteLine($"V2: {count} generated query strings over {Parameters.Length} parameters");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} misbehaved:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public async Task GeneratedIds_Answer404InTheV2Envelope_OnEveryOperation()
    {
        var client = app.BearerClient("KEY_q");
        await (await client.PostJsonAsync(Path, """{"connection_name": "existing"}""")).ExpectAsync(201);
        var ids = new[]
        {
            "0", "-1", "1", "abc", "1.5", "00001", "+1", "9223372036854775807", "9223372036854775808", "18446744073709551616",
            "%27%20OR%201%3D1", "1%3BDROP%20TABLE%20ip_connections", "%E2%98%83", "ec0c8e5d-439e-4620-a0c1-9d9c8d02a836",
            new string('9', 400), "%20",
        };
        var failures = new List<string>();

        foreach (var id in ids)
        {
            foreach (var response in new[]
            {
                await client.GetAsync($"{Path}/{id}"),
                await client.PatchJsonAsync($"{Path}/{id}", """{"active": false}"""),
                await client.DeleteAsync($"{Path}/{id}"),
            })
            {
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                if ((int)response.StatusCode != 404 || body?["errors"]?[0]?["code"]?.GetValue<string>() != "10005")
                {
                    failures.Add($"{response.RequestMessage!.Method} {id}: {(int)response.StatusCode} {body?.ToJsonString()}");
                }
            }
        }

        output.WriteLine($"V2: {ids.Length} generated ids x 3 operations = {ids.Length * 3} requests");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var list = await (await client.GetAsync(Path)).ExpectAsync(200);
        Assert.Equal(1, list["meta"]!["total_results"]!.GetValue<int>());
    }
}
