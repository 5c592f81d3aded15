using System.Text.Json.Nodes;
using TelnyxMock.Tests.V2;

namespace TelnyxMock.Tests.Contract;

/// <summary>Real responses of the five operations, checked against the response schemas of Telnyx's OpenAPI document.</summary>
public sealed class IpConnectionsContractTests : IDisposable
{
    private const string Collection = "/ip_connections";
    private const string Item = "/ip_connections/{id}";

    private readonly TelnyxMockApplication app = new();
    private readonly HttpClient client;

    public IpConnectionsContractTests() => client = app.BearerClient();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("{}")]
    [InlineData(V2Samples.FullRequest)]
    public async Task Create_MatchesTheReference(string body)
    {
        var response = await (await client.PostJsonAsync(V2Api.Path, await client.WithRealProfileAsync(body))).ExpectAsync(201);

        await AssertMatchesAsync(Collection, "post", "201", response);
    }

    [Fact]
    public async Task FullyPopulatedConnection_MatchesTheReferenceWithoutRelaxations()
    {
        // Every field set, the default IPs included: they name IPs attached to the connection, so they are set by an update.
        var id = (await client.CreateAsync(await client.WithRealProfileAsync(V2Samples.FullRequest)))["id"].Str();
        var ips = new List<string>();
        foreach (var address in new[] { "192.0.2.1", "198.51.100.1", "203.0.113.1" })
        {
            var ip = await (await client.PostJsonAsync("/v2/ips", $$"""{"ip_address": "{{address}}", "connection_id": "{{id}}"}""")).ExpectAsync(201);
            ips.Add(ip["data"]!["id"].Str());
        }

        var response = await (await client.PatchJsonAsync($"{V2Api.Path}/{id}",
            $$$"""{"inbound": {"default_primary_ip_id": "{{{ips[0]}}}", "default_secondary_ip_id": "{{{ips[1]}}}", "default_tertiary_ip_id": "{{{ips[2]}}}"}}""")).ExpectAsync(200);

        await AssertMatchesAsync(Item, "patch", "200", response, strict: true);
    }

    [Fact]
    public async Task ListRetrieveUpdateDelete_MatchTheReference()
    {
        var id = (await client.CreateAsync(await client.WithRealProfileAsync(V2Samples.FullRequest)))["id"].Str();
        await client.CreateAsync();
        var path = $"{V2Api.Path}/{id}";

        await AssertMatchesAsync(Collection, "get", "200", await client.ListAsync("?page[size]=1"));
        await AssertMatchesAsync(Item, "get", "200", await (await client.GetAsync(path)).ExpectAsync(200));
        await AssertMatchesAsync(Item, "patch", "200", await (await client.PatchJsonAsync(path, """{"inbound":{"sip_region":"Europe"}}""")).ExpectAsync(200));
        await AssertMatchesAsync(Item, "delete", "200", await (await client.DeleteAsync(path)).ExpectAsync(200));
    }

    [Fact]
    public async Task ErrorBodies_MatchTheReference()
    {
        var missing = $"{V2Api.Path}/1";
        await AssertMatchesAsync(Collection, "get", "401", await (await app.CreateClient().GetAsync(V2Api.Path)).ExpectAsync(401));
        await AssertMatchesAsync(Collection, "post", "401", await (await app.CreateClient().PostJsonAsync(V2Api.Path, "{}")).ExpectAsync(401));
        await AssertMatchesAsync(Collection, "get", "400", await (await client.GetAsync($"{V2Api.Path}?page[size]=0")).ExpectAsync(400));
        await AssertMatchesAsync(Collection, "post", "422", await (await client.PostJsonAsync(V2Api.Path, """{"inbound":{"dnis_number_format":"test"}}""")).ExpectAsync(422));
        await AssertMatchesAsync(Item, "get", "404", await (await client.GetAsync(missing)).ExpectAsync(404));
        await AssertMatchesAsync(Item, "patch", "404", await (await client.PatchJsonAsync(missing, "{}")).ExpectAsync(404));
        await AssertMatchesAsync(Item, "patch", "422", await (await client.PatchJsonAsync(missing, """{"active":"x"}""")).ExpectAsync(422));
        await AssertMatchesAsync(Item, "delete", "404", await (await client.DeleteAsync(missing)).ExpectAsync(404));
    }

    [Theory]
    [InlineData("IpConnection", "")]
    [InlineData("InboundIp", "inbound")]
    [InlineData("OutboundIp", "outbound")]
    [InlineData("ConnectionRtcpSettings", "rtcp_settings")]
    [InlineData("ConnectionJitterBuffer", "jitter_buffer")]
    [InlineData("ConnectionNoiseSuppressionDetails", "noise_suppression_details")]
    public async Task Connection_HasEveryPropertyTheReferenceNames(string schema, string member)
    {
        var created = await client.CreateAsync();
        var actual = (member.Length == 0 ? created : created[member]!).AsObject();

        var missing = ReferenceSchemas.Components[schema]!["properties"]!.AsObject()
            .Select(p => p.Key)
            .Where(name => !actual.ContainsKey(name))
            .ToList();

        Assert.True(missing.Count == 0, $"{schema} properties missing from the response: {string.Join(", ", missing)}");
    }

    /// <summary>Guards the guard: the loaded schemas really constrain nested fields, enums and nulls.</summary>
    [Theory]
    [InlineData("/transport_protocol", "\"SCTP\"")]
    [InlineData("/active", "\"yes\"")]
    [InlineData("/inbound/timeout_1xx_secs", "500")]
    [InlineData("/outbound/ani_override_type", "\"never\"")]
    [InlineData("/rtcp_settings/port", "1")]
    [InlineData("/encrypted_media", "\"ZRTP\"")]
    [InlineData("/tags", "\"a\"")]
    public async Task ReferenceSchema_RejectsABrokenConnection(string pointer, string value)
    {
        var body = await (await client.PostJsonAsync(V2Api.Path, await client.WithRealProfileAsync(V2Samples.FullRequest))).ExpectAsync(201);
        var segments = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parent = segments[..^1].Aggregate(body["data"]!, (node, key) => node[key]!);
        parent[segments[^1]] = JsonNode.Parse(value);

        var schema = await ReferenceSchemas.ResponseAsync(Collection, "post", "201");

        Assert.NotEmpty(schema.Validate(body));
    }

    [Fact]
    public async Task ReferenceSchema_WithoutRelaxations_RejectsTheNullsOfADefaultConnection()
    {
        var body = await (await client.PostJsonAsync(V2Api.Path, "{}")).ExpectAsync(201);

        var errors = (await ReferenceSchemas.ResponseAsync(Collection, "post", "201", strict: true)).Validate(body);

        Assert.NotEmpty(errors);
    }

    private static Task AssertMatchesAsync(string path, string method, string status, JsonNode body, bool strict = false) =>
        ReferenceSchemas.AssertMatchesAsync(path, method, status, body, strict);
}
