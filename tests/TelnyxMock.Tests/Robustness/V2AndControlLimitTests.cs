using System.Text;
using System.Text.Json.Nodes;
using TelnyxMock.Tests.Control;
using TelnyxMock.Tests.V2;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// The body limits on V2 and on <c>/_mock</c>: over <c>TelnyxMock:MaxBodyBytes</c> answers 413 and a wrong
/// Content-Type 415, both in Telnyx's V2 envelope, whether the size is declared, understated by a chunked
/// body, or overstated by a Content-Length the body never reaches; nothing is stored.
/// </summary>
public sealed class V2AndControlLimitTests(ITestOutputHelper output) : IDisposable
{
    private const int Limit = 4096;
    private readonly TelnyxMockApplication app = new(new Dictionary<string, string?> { ["TelnyxMock:MaxBodyBytes"] = Limit.ToString() });

    public void Dispose() => app.Dispose();

    /// <summary>How the oversized body is sent: with its real length, chunked (no length), or a small body claiming a huge one.</summary>
    public static TheoryData<string> Framings => ["declared", "chunked", "overstated"];

    public static TheoryData<string> Targets => ["create", "update", "fixtures", "reset", "faults"];

    [Fact]
    public async Task DefaultLimit_Is256KiB_OnV2Create()
    {
        using var defaults = new TelnyxMockApplication();
        var client = defaults.BearerClient("KEY_big");

        var under = await client.PostJsonAsync(V2Api.Path, Padded(256 * 1024 - 100));
        var over = await client.PostJsonAsync(V2Api.Path, Padded(256 * 1024 + 1));

        await under.ExpectAsync(201);
        await ExpectV2Async(over, 413, "Payload Too Large");
        Assert.Equal(1, (await client.ListAsync())["meta"]!["total_results"].Int());
    }

    [Theory]
    [MemberData(nameof(Framings))]
    public async Task OversizedBody_Returns413InTheV2Envelope_OnEveryBodyEndpoint_AndStoresNothing(string framing)
    {
        var client = app.BearerClient("KEY_limits");
        client.DefaultRequestHeaders.Add("X-Mock-Admin-Token", "unused");
        var target = await client.CreateNamedAsync("before");
        var id = target["id"].Str();
        var checkedCount = 0;

        foreach (var (method, path, body) in Requests(id, Padded(Limit + 1)))
        {
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Content(body, framing) });
            await ExpectV2Async(response, 413, "Payload Too Large");
            checkedCount++;
        }

        await AssertUntouchedAsync(client, target);
        output.WriteLine($"{framing}: {checkedCount} endpoints answered 413 for a body of {Limit + 1} bytes (limit {Limit})");
    }

    [Fact]
    public async Task BodyAtTheLimit_IsAccepted()
    {
        var client = app.BearerClient("KEY_limits");

        var response = await client.PostJsonAsync(V2Api.Path, Padded(Limit));

        await response.ExpectAsync(201);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/xml")]
    public async Task NonJsonContentType_Returns415InTheV2Envelope_OnEveryBodyEndpoint_AndStoresNothing(string contentType)
    {
        var client = app.BearerClient("KEY_limits");
        var target = await client.CreateNamedAsync("before");

        foreach (var (method, path, body) in Requests(target["id"].Str(), Fixture("fixture-entry")))
        {
            var content = new StringContent(body, Encoding.UTF8);
            content.Headers.Remove("Content-Type");
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = content });
            await ExpectV2Async(response, 415, "Unsupported Media Type");
        }

        await AssertUntouchedAsync(client, target);
    }

    private static IEnumerable<(string Method, string Path, string Body)> Requests(string id, string body) =>
    [
        ("POST", V2Api.Path, body),
        ("PATCH", $"{V2Api.Path}/{id}", body),
        ("POST", "/_mock/fixtures?account=KEY_limits", body),
        ("POST", "/_mock/reset", body),
        ("POST", "/_mock/faults", body),
    ];

    private async Task AssertUntouchedAsync(HttpClient client, JsonNode target)
    {
        var list = await client.ListAsync();
        Assert.Equal(["before"], list.Names());
        Assert.True(JsonNode.DeepEquals(target, list["data"]![0]), list.ToJsonString());
        var control = app.CreateClient();
        Assert.Empty((await (await control.GetAsync("/_mock/faults")).ExpectAsync(200)).AsArray());
    }

    private static async Task ExpectV2Async(HttpResponseMessage response, int status, string title)
    {
        var errors = await response.ExpectV2ErrorAsync(status, "10015", "/");
        Assert.Equal(title, errors[0]!["title"].Str());
    }

    /// <summary>
    /// A valid fixtures document (also a valid V2 body: unknown fields are ignored) of exactly <paramref name="size"/> bytes,
    /// so that only the limit stands between it and the store.
    /// </summary>
    private static string Padded(int size)
    {
        var names = new List<string>();
        while (Encoding.UTF8.GetByteCount(Fixture([.. names, "", "x"])) < size - 200)
        {
            names.Add(new string('p', 100));
        }

        names.Add(new string('x', size - Encoding.UTF8.GetByteCount(Fixture([.. names, ""]))));
        var document = Fixture(names);
        Assert.Equal(size, Encoding.UTF8.GetByteCount(document));
        return document;
    }

    private static string Fixture(string name) => Fixture([name]);

    private static string Fixture(IEnumerable<string> names) =>
        $$"""{"ip_connections": [{{string.Join(", ", names.Select(n => $$"""{"connection_name": "{{n}}"}"""))}}]}""";

    private static HttpContent Content(string body, string framing)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        HttpContent content = framing switch
        {
            "chunked" => new StreamContent(new UnseekableStream(bytes)),
            "overstated" => new ByteArrayContent(Encoding.UTF8.GetBytes(Fixture("small"))),
            _ => new ByteArrayContent(bytes),
        };
        content.Headers.ContentType = new("application/json");
        if (framing == "overstated")
        {
            content.Headers.ContentLength = 10_000_000;
        }

        return content;
    }

    /// <summary>A stream without a length, so the client cannot send a Content-Length.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
