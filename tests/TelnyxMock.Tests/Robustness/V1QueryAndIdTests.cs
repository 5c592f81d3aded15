using System.Text.Json.Nodes;
using TelnyxMock.Tests.V1;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>Generated odd query strings and ids for V1: every one answers 200, 404 or 422 in the V1 envelope, never 5xx.</summary>
public sealed class V1QueryAndIdTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] OddValues =
    [
        "", " ", "-1", "0", "1", "1000", "1001", "2147483648", "99999999999999999999", "1.5", "1e3", "abc", "true",
        "%27%20OR%201%3D1%20--", "%25", "_", "..%2F..%2Fetc%2Fpasswd", "%00", "%E2%98%83%E2%98%83%E2%98%83",
        new string('x', 5000), "%3Cscript%3E", "null", "%5B%5D",
    ];

    private static readonly string[] Parameters =
    [
        "page", "per_page", "order_by", "sort_direction", "mode", "with_ips", "with_auth", "with_fqdns",
        "filter_connection_name", "filter_ip_address", "filter_auth_user_name",
    ];

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task GeneratedQueryStrings_AnswerInTheV1Envelope()
    {
        var client = app.V1Client();
        await client.CreateNamedAsync("existing");
        var failures = new List<string>();
        var count = 0;

        foreach (var parameter in Parameters)
        {
            foreach (var value in OddValues.Concat([$"1&{parameter}=2"]))
            {
                count++;
                var response = await client.GetAsync($"{V1Api.Path}?{parameter}={value}");
                var status = (int)response.StatusCode;
                var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
                var ok = status switch
                {
                    200 => body is JsonArray,
                    422 => body?["success"]?.GetValue<bool>() == false && body["reasons"]?[parameter] is JsonArray,
                    _ => false,
                };
                if (!ok)
                {
                    failures.Add($"{parameter}={(value.Length > 30 ? value[..30] : value)}: {status} {body?.ToJsonString()[..Math.Min(200, body.ToJsonString().Length)]}");
                }
            }
        }

        output.WriteLine($"V1: {count} generated query strings over {Parameters.Length} parameters");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} misbehaved:\n{string.Join("\n", failures)}");
        Assert.Single(await client.ListAsync());
    }

    [Fact]
    public async Task GeneratedIds_Answer404InTheV1Envelope_OnEveryOperation()
    {
        var client = app.V1Client();
        await client.CreateNamedAsync("existing");
        // %00 in a path is refused by the in-process test server itself (Kestrel answers it 400 before any app code).
        var ids = OddValues.Where(v => v.Length is > 0 and < 100 && v.Trim().Length > 0 && !v.StartsWith("..", StringComparison.Ordinal) && v != "%00")
            .Concat(["0", "00001", "+1", "-0", "9223372036854775808", "18446744073709551616", "1%2F2", "1;DROP%20TABLE%20v1_connections"])
            .ToList();
        var failures = new List<string>();

        foreach (var id in ids)
        {
            foreach (var response in new[]
            {
                await client.GetAsync($"{V1Api.Path}/{id}"),
                await client.PutJsonAsync($"{V1Api.Path}/{id}", """{"active": false}"""),
                await client.DeleteAsync($"{V1Api.Path}/{id}"),
            })
            {
                var text = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode != 404 || !text.Contains("\"success\":false", StringComparison.Ordinal))
                {
                    failures.Add($"{response.RequestMessage!.Method} {id}: {(int)response.StatusCode} {text}");
                }
            }
        }

        output.WriteLine($"V1: {ids.Count} generated ids x 3 operations = {ids.Count * 3} requests");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(["existing"], (await client.ListAsync()).Names());
    }
}
