using System.Text.Json.Nodes;
using TelnyxMock.Tests.Coverage;

namespace TelnyxMock.Tests.Contract;

/// <summary>
/// The V2 request schemas the mock serves (derived from its resource definitions) state the defaults, allowed values
/// and ranges of Telnyx's reference, or differ from it only where a difference is listed here with its reason; and
/// every default they show is the default a create applies. The oracle is the vendored reference and this list,
/// never the definitions themselves.
/// </summary>
public sealed class RequestSchemaAgreementTests : IDisposable
{
    /// <summary>Where the served schema knowingly differs from the reference (README "Differences", SPEC.md).</summary>
    private static readonly Dictionary<string, string> Differences = new()
    {
        ["/active:default"] = "the reference's create schema states none; its response examples and V1's page create active connections",
        ["/inbound/channel_limit:minimum"] = "SPEC.md: channel limits are integers >= 0 or null",
        ["/outbound/channel_limit:minimum"] = "SPEC.md: channel limits are integers >= 0 or null",
        ["/inbound/default_primary_ip_id"] = "in the reference's update and response schemas, left out of its create schema; accepted on create too",
        ["/inbound/default_secondary_ip_id"] = "as default_primary_ip_id",
        ["/inbound/default_tertiary_ip_id"] = "as default_primary_ip_id",
        ["/inbound/privacy_zone_enabled"] = "documented on the seed page, missing from the reference's create schema",
        ["/inbound/timeout_2xx_secs:minimum"] = "SPEC.md: inbound.timeout_2xx_secs 1-600 (the page's prose)",
        ["/inbound/timeout_2xx_secs:maximum"] = "SPEC.md: inbound.timeout_2xx_secs 1-600 (the page's prose)",
        ["/noise_suppression:default"] = "README Differences: Telnyx documents no default; the mock applies \"disabled\"",
        ["/noise_suppression_details/attenuation_limit:default"] = "README Differences: the mock applies 100",
        ["/rtcp_settings/report_frequency_secs:minimum"] = "SPEC.md: report_frequency_secs 5-3000",
        ["/rtcp_settings/report_frequency_secs:maximum"] = "SPEC.md: report_frequency_secs 5-3000",
        ["/webhook_timeout_secs:minimum"] = "README Differences: 1-30 or null (the reference allows 0)",
        ["/sip_uri_calling_preference:default"] = "README Differences: credential connections default to \"disabled\" (no default documented)",
        ["/outbound/ani_override:default"] = "README Differences: FQDN connections default to \"\" as IP connections do (no default documented)",
        ["/outbound/tech_prefix:default"] = "README Differences: FQDN connections default to \"\" as IP connections do (no default documented)",
        ["/port:minimum"] = "README Differences: an IP's or FQDN's port is 1-65535 (the reference states no range)",
        ["/port:maximum"] = "README Differences: an IP's or FQDN's port is 1-65535 (the reference states no range)",
        ["/dns_record_type:enum"] = "README Differences: the reference's prose names a and srv; its schema declares no enum",
        ["/call_recording/call_recording_type:default"] = "README Differences: no default documented; a profile records no calls (\"none\") until set",
        ["/concurrent_call_limit:minimum"] = "README Differences: a limit of calls at once is at least 1 (null for none); the reference states no range",
        ["/max_destination_rate:minimum"] = "README Differences: a rate is not negative; the reference states no range",
        ["/webhook_api_version:enum"] = "the reference's create schema allows \"texml\", its update schema does not; the mock takes it on both",
        ["/microsoft_teams_sbc"] = "in the reference's create schema, left out of its update schema; the mock takes it on both",
        ["/hd_voice_enabled:default"] = "README Differences: a number starts without HD voice (false); the reference states no default",
        ["/translated_number:default"] = "the reference's voice settings response documents \"\" (no rewrite); its update schema states none",
        ["/port:default"] = "a defect (FamilyDefaultsTests.SwaggerDefects): the FQDN schema shows null, the reference 5060, which an a record takes",
    };

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    /// <summary>
    /// The request schema of every V2 operation that takes a body (creates, updates, a phone number's voice settings),
    /// against the schema the reference's operation of the same path and method takes. Differences are listed by
    /// pointer: the connection types share their field definitions, so one reason serves each schema.
    /// </summary>
    [Fact]
    public async Task EveryRequestSchema_AgreesWithTheReference_OrTheDifferenceIsListed()
    {
        var served = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);
        var reference = ReferenceSchemas.Document;
        var found = new List<(string Schema, string Difference)>();
        var bodies = served["paths"]!.AsObject()
            .Where(p => p.Key.StartsWith("/v2/", StringComparison.Ordinal))
            .SelectMany(p => p.Value!.AsObject().Where(o => o.Value!["requestBody"] is not null).Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!)))
            .ToList();

        foreach (var (path, method, operation) in bodies)
        {
            var schema = operation["requestBody"]!["content"]!["application/json"]!["schema"]!;
            var theirs = reference["paths"]?[path["/v2".Length..]]?[method]?["requestBody"]?["content"]?["application/json"]?["schema"];
            Assert.True(theirs is not null, $"Telnyx's reference has no request body for {method.ToUpperInvariant()} {path}.");
            var differences = new List<string>();
            Walk(served, schema, reference, theirs, string.Empty, differences);
            found.AddRange(differences.Select(d => ($"{method.ToUpperInvariant()} {path}", d)));
        }

        var unexplained = found.Where(f => !Differences.ContainsKey(f.Difference.Split(' ')[0])).Select(f => $"{f.Schema} {f.Difference}").ToList();
        Assert.True(unexplained.Count == 0, "Differences from the reference that are not listed:\n" + string.Join("\n", unexplained));
        var stale = Differences.Keys.Where(k => !found.Any(f => f.Difference.Split(' ')[0] == k)).ToList();
        Assert.True(stale.Count == 0, "Listed differences that no longer exist:\n" + string.Join("\n", stale));
        Assert.True(bodies.Count >= MockModel.V2Registrations.Count(), $"only {bodies.Count} request bodies compared");
    }

    [Fact]
    public async Task EveryDefaultShown_IsTheDefaultApplied()
    {
        var served = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);
        var created = await (await app.BearerClient().PostJsonAsync("/v2/ip_connections", "{}")).ExpectAsync(201);
        var checkedDefaults = new List<string>();

        CompareDefaults(served, Component(served, "CreateIpConnectionRequest"), created["data"]!, string.Empty, checkedDefaults);

        Assert.True(checkedDefaults.Count >= 40, $"only {checkedDefaults.Count} defaults were compared");
    }

    [Fact]
    public async Task V1_EveryDefaultShown_IsTheDefaultApplied()
    {
        var served = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);
        var created = await (await app.V1Client().PostJsonAsync("/security/connections", """{"connection_name": "defaults"}""")).ExpectAsync(200);
        var checkedDefaults = new List<string>();

        CompareDefaults(served, Component(served, "CreateConnectionRequest"), created, string.Empty, checkedDefaults);

        Assert.True(checkedDefaults.Count >= 35, $"only {checkedDefaults.Count} defaults were compared");
    }

    private static void CompareDefaults(JsonNode document, JsonNode schema, JsonNode actual, string path, List<string> checkedDefaults)
    {
        foreach (var (name, property) in Resolve(document, schema)["properties"]!.AsObject())
        {
            var resolved = Resolve(document, property!);
            if (resolved["properties"] is not null)
            {
                CompareDefaults(document, property!, actual[name]!, $"{path}/{name}", checkedDefaults);
                continue;
            }

            if (resolved.AsObject().ContainsKey("default"))
            {
                Assert.True(JsonNode.DeepEquals(resolved["default"], actual[name]),
                    $"{path}/{name}: the schema shows default {resolved["default"]?.ToJsonString() ?? "null"}, a create applied {actual[name]?.ToJsonString() ?? "null"}");
                checkedDefaults.Add($"{path}/{name}");
            }
        }
    }

    private static void Walk(JsonNode served, JsonNode a, JsonNode reference, JsonNode b, string path, List<string> found)
    {
        var left = Resolve(served, a);
        var right = Resolve(reference, b);
        foreach (var (name, property) in left["properties"]!.AsObject())
        {
            var pointer = $"{path}/{name}";
            if (right["properties"]?[name] is not { } other)
            {
                found.Add($"{pointer} (not in the reference)");
                continue;
            }

            var x = Resolve(served, property!);
            var y = Resolve(reference, other);
            if (x["properties"] is not null || y["properties"] is not null)
            {
                Walk(served, property!, reference, other, pointer, found);
                continue;
            }

            Compare(pointer, "default", x, y, found, nullDefaultAgrees: x["nullable"]?.GetValue<bool>() == true);
            Compare(pointer, "minimum", x, y, found);
            Compare(pointer, "maximum", x, y, found);
            var enumX = Values(x["enum"]);
            var enumY = Values(y["enum"]);
            if (enumX != enumY)
            {
                found.Add($"{pointer}:enum served={enumX} reference={enumY}");
            }
        }
    }

    private static void Compare(string pointer, string aspect, JsonNode x, JsonNode y, List<string> found, bool nullDefaultAgrees = false)
    {
        var hasX = x.AsObject().ContainsKey(aspect);
        var hasY = y.AsObject().ContainsKey(aspect);
        // A nullable field the reference gives no default is null until set: the mock shows that as "default": null.
        if (nullDefaultAgrees && hasX && x[aspect] is null && !hasY)
        {
            return;
        }

        if (hasX != hasY || (hasX && !JsonNode.DeepEquals(Number(x[aspect]), Number(y[aspect]))))
        {
            found.Add($"{pointer}:{aspect} served={x[aspect]?.ToJsonString() ?? (hasX ? "null" : "none")} reference={y[aspect]?.ToJsonString() ?? (hasY ? "null" : "none")}");
        }
    }

    private static JsonNode? Number(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<double>(out var number) ? JsonValue.Create(number) : node;

    private static string Values(JsonNode? values) =>
        values is null ? "none" : string.Join(",", values.AsArray().Where(v => v is not null && v.ToJsonString() != "\"\"").Select(v => v!.ToJsonString()).Order());

    private static JsonNode Component(JsonNode document, string suffix) =>
        document["components"]!["schemas"]!.AsObject().Single(s => s.Key.EndsWith("." + suffix, StringComparison.Ordinal) || s.Key == suffix).Value!;

    private static JsonNode Resolve(JsonNode document, JsonNode schema)
    {
        while (true)
        {
            if (schema["$ref"] is { } reference)
            {
                schema = document["components"]!["schemas"]![reference.GetValue<string>().Split('/').Last()]!;
            }
            else if (schema["allOf"] is JsonArray { Count: 1 } allOf && schema["properties"] is null)
            {
                schema = allOf[0]!;
            }
            else
            {
                return schema;
            }
        }
    }
}
