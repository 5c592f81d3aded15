using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// The body limit on real Kestrel sockets, where the in-process server cannot show the framing: a chunked body
/// over the limit and a Content-Length over the limit (with the body never sent) each get 413 in the surface's
/// envelope promptly, on V1, V2 and <c>/_mock/fixtures</c>; nothing is stored and the server keeps serving.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class RealServerLimitTests(ITestOutputHelper output)
{
    private static readonly (string Path, string Auth, string Surface)[] Targets =
    [
        ("/v2/ip_connections", "Authorization: Bearer limits", "V2"),
        ("/security/connections", "Authorization: Bearer limits", "V1"),
        ("/_mock/fixtures?account=limits", "X-Mock-Admin-Token: none", "V2"),
    ];

    [Fact]
    public async Task OversizedBodies_ChunkedOrDeclared_Answer413Promptly_AndStoreNothing()
    {
        using var database = new TempDatabase();
        using var mock = await MockProcess.StartAsync(database.Path);
        var stopwatch = Stopwatch.StartNew();
        var checkedCount = 0;
        var slowest = 0.0;

        foreach (var (path, auth, surface) in Targets)
        {
            var started = stopwatch.Elapsed;
            var chunked = await SendAsync(mock.Port, path, auth, "Transfer-Encoding: chunked", ChunkedBody(300 * 1024));
            AssertTooLarge(chunked, surface, $"{path} chunked");
            var declared = await SendAsync(mock.Port, path, auth, "Content-Length: 10000000", """{"connection_name": "small"}""");
            AssertTooLarge(declared, surface, $"{path} Content-Length 10000000");
            checkedCount += 2;
            slowest = Math.Max(slowest, (stopwatch.Elapsed - started).TotalSeconds / 2);
        }

        using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", "Bearer limits"));
        var v2 = JsonNode.Parse(await client.GetStringAsync("/v2/ip_connections"))!;
        var v1 = JsonNode.Parse(await client.GetStringAsync("/security/connections"))!;
        Assert.Equal(0, v2["meta"]!["total_results"]!.GetValue<int>());
        Assert.Empty(v1.AsArray());
        // Kestrel's minimum body data rate allows 5 s of grace: an answer after waiting for the body would take longer.
        Assert.True(slowest < 4, $"an oversized request took {slowest:0.0} s on average to answer");
        output.WriteLine($"{checkedCount} oversized requests on real sockets answered 413, {slowest:0.00} s on average at the slowest target");
    }

    private static void AssertTooLarge(string response, string surface, string what)
    {
        Assert.True(response.StartsWith("HTTP/1.1 413", StringComparison.Ordinal), $"{what}: {response}");
        var body = JsonNode.Parse(response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..])!;
        if (surface == "V1")
        {
            Assert.False(body["success"]!.GetValue<bool>(), what);
        }
        else
        {
            Assert.Equal("10015", body["errors"]![0]!["code"].Str());
        }
    }

    /// <summary>300 KiB of a valid JSON object in 8 KiB chunks, with the terminating zero-length chunk.</summary>
    private static string ChunkedBody(int size)
    {
        var json = $$"""{"connection_name": "big", "ani_override": "{{new string('1', size)}}"}""";
        var builder = new StringBuilder();
        for (var i = 0; i < json.Length; i += 8192)
        {
            var chunk = json.Substring(i, Math.Min(8192, json.Length - i));
            builder.Append($"{chunk.Length:x}\r\n{chunk}\r\n");
        }

        return builder.Append("0\r\n\r\n").ToString();
    }

    /// <summary>Writes one request (asking the server to close afterwards) and reads the response until it does, within 10 seconds.</summary>
    private static async Task<string> SendAsync(int port, string path, string auth, string framing, string body)
    {
        using var socket = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync("127.0.0.1", port, timeout.Token);
        var stream = socket.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n{auth}\r\nContent-Type: application/json\r\n{framing}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + body), timeout.Token);

        using var received = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while (!IsComplete(received) && (read = await stream.ReadAsync(chunk, timeout.Token)) > 0)
            {
                received.Write(chunk, 0, read);
            }
        }
        catch (IOException)
        {
            // A reset after the response: the server would not read the rest of a body it refused.
        }

        return Dechunk(Encoding.UTF8.GetString(received.ToArray()));
    }

    /// <summary>Whether a whole response (head and a Content-Length or chunked body) has arrived.</summary>
    private static bool IsComplete(MemoryStream received)
    {
        var text = Encoding.UTF8.GetString(received.GetBuffer(), 0, (int)received.Length);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var head = text[..end];
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            return text.EndsWith("0\r\n\r\n", StringComparison.Ordinal);
        }

        var length = head.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        return length is null || Encoding.UTF8.GetByteCount(text[(end + 4)..]) >= int.Parse(length["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>The response with a chunked body joined back into one piece.</summary>
    private static string Dechunk(string response)
    {
        var end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0 || !response[..end].Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            return response;
        }

        var body = new StringBuilder();
        var rest = response[(end + 4)..];
        while (rest.IndexOf("\r\n", StringComparison.Ordinal) is var line and > 0)
        {
            var size = Convert.ToInt32(rest[..line], 16);
            if (size == 0)
            {
                break;
            }

            body.Append(rest.AsSpan(line + 2, size));
            rest = rest[(line + 2 + size + 2)..];
        }

        return response[..(end + 4)] + body;
    }
}
