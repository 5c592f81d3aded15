using System.Text.Json;

namespace TelnyxMock.Tests.V2;

/// <summary>Length limits and list rules, each just outside (422 at the field) and just inside (stored).</summary>
public sealed class LengthAndListRuleTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    public static TheoryData<string, string> Rejected => new()
    {
        { Body("connection_name", new string('n', 256)), "/connection_name" },
        { Body("tags", Enumerable.Range(0, 101).Select(i => $"t{i}").ToArray()), "/tags" },
        { Body("tags", new[] { "ok", " " }), "/tags/1" },
        { Body("tags", new[] { new string('t', 256) }), "/tags/0" },
        { Nested("inbound", "codecs", new[] { "G722", "" }), "/inbound/codecs/1" },
        { Nested("inbound", "codecs", new[] { "G722", "G722" }), "/inbound/codecs" },
        { Nested("inbound", "codecs", new[] { new string('c', 33) }), "/inbound/codecs/0" },
        { Nested("inbound", "default_primary_ip_id", new string('1', 65)), "/inbound/default_primary_ip_id" },
        { Nested("inbound", "default_secondary_ip_id", new string('1', 65)), "/inbound/default_secondary_ip_id" },
        { Nested("inbound", "default_tertiary_ip_id", new string('1', 65)), "/inbound/default_tertiary_ip_id" },
        { Nested("outbound", "ani_override", new string('1', 65)), "/outbound/ani_override" },
        { Nested("outbound", "ip_authentication_token", new string('x', 256)), "/outbound/ip_authentication_token" },
    };

    public static TheoryData<string, string> Accepted => new()
    {
        { Body("connection_name", new string('n', 255)), "/connection_name" },
        { Body("tags", Enumerable.Range(0, 100).Select(i => $"t{i}").ToArray()), "/tags" },
        { Body("tags", new[] { new string('t', 255) }), "/tags" },
        { Nested("inbound", "codecs", new[] { new string('c', 32), "G722" }), "/inbound/codecs" },
        { Nested("outbound", "ani_override", new string('1', 64)), "/outbound/ani_override" },
        { Nested("outbound", "ip_authentication_token", new string('x', 255)), "/outbound/ip_authentication_token" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task Create_BeyondLimit_Returns422PointingAtIt(string body, string pointer)
    {
        await (await app.BearerClient().PostJsonAsync(V2Api.Path, body)).Expect422Async(pointer);
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Create_AtLimit_StoresTheValueAsSent(string body, string pointer)
    {
        var created = await app.BearerClient().CreateAsync(body);

        var sent = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        Assert.Equal(CreateIpConnectionTests.At(sent, pointer)!.ToJsonString(), CreateIpConnectionTests.At(created, pointer)!.ToJsonString());
    }

    private static string Body(string field, object value) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { [field] = value });

    private static string Nested(string parent, string field, object value) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { [parent] = new Dictionary<string, object> { [field] = value } });
}
