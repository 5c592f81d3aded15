using System.Diagnostics;
using System.Text.Json.Nodes;
using TelnyxMock.Resources;
using TelnyxMock.V2.IpConnections;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// Generated bad (and edge-valid) values for every V2 field, nested ones included, sent to create and to update
/// on one server: every invalid value answers 422 in Telnyx's envelope with the field's pointer and stores nothing;
/// every valid one is accepted; nothing answers 5xx.
/// </summary>
public sealed class V2BadInputTests(ITestOutputHelper output) : IDisposable
{
    private const string Path = "/v2/ip_connections";
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    public static IEnumerable<FieldCase> Cases => V2Fields.All.SelectMany(CaseGenerator.For);

    [Fact]
    public async Task GeneratedCases_OnCreateAndUpdate_AnswerAsDocumented()
    {
        var client = app.BearerClient("KEY_fuzz");
        var failures = new List<string>();
        var validCreates = 0;
        var cases = Cases.ToList();
        var stopwatch = Stopwatch.StartNew();

        var targets = new Dictionary<FieldUnderTest, string>();
        foreach (var c in cases)
        {
            // Each field's updates go to a connection of its own, so a cross-field rule sees only that field's changes.
            if (!targets.TryGetValue(c.Field, out var id))
            {
                id = (await (await client.PostJsonAsync(Path, """{"connection_name": "target"}""")).ExpectAsync(201))["data"]!["id"].Str();
                targets[c.Field] = id;
            }

            var body = Nest(c.Field.Pointer, c.Json);
            var created = await client.PostJsonAsync(Path, body);
            await Check(c, created, 201, "create", failures);
            validCreates += (int)created.StatusCode == 201 ? 1 : 0;

            var before = await (await client.GetAsync($"{Path}/{id}")).ReadJsonAsync();
            var updated = await client.PatchJsonAsync($"{Path}/{id}", body);
            await Check(c, updated, 200, "update", failures);
            if (!updated.IsSuccessStatusCode)
            {
                var after = await (await client.GetAsync($"{Path}/{id}")).ReadJsonAsync();
                if (!JsonNode.DeepEquals(before, after))
                {
                    failures.Add($"{c}: a rejected update changed the stored connection");
                }
            }
        }

        output.WriteLine($"V2: {cases.Count} generated cases over {targets.Count} fields, "
            + $"{cases.Count * 2} create/update requests ({cases.Count(c => !c.Valid)} invalid values), {validCreates} valid creates, "
            + $"{stopwatch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(cases.Count >= 300, $"only {cases.Count} cases were generated");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count * 2} requests misbehaved:\n" + string.Join("\n", failures.Take(40)));
        var listed = await (await client.GetAsync($"{Path}?page[size]=1")).ExpectAsync(200);
        Assert.Equal(validCreates + targets.Count, listed["meta"]!["total_results"]!.GetValue<int>());
    }

    /// <summary>Writable fields of the IP connection definition that <see cref="V2Fields"/> leaves out, and where their values are tested.</summary>
    private static readonly Dictionary<string, string> NotGenerated = new(StringComparer.Ordinal);

    [Fact]
    public void V2Fields_NameEveryWritableFieldOfTheIpConnectionDefinition_ButLinksAndListedOnes()
    {
        var writable = Leaves(IpConnectionDefinition.Resource.Definition.Shape, string.Empty).ToList();
        var listed = V2Fields.All.Select(f => f.Pointer).ToHashSet();

        // Links name other resources: the default IPs, IPs attached to the connection (ExactIdLinkTests and IpsTests try
        // their values), and the outbound voice profile, one of the account's profiles (ProfileLinkTests, CreateValidationTests).
        var missing = writable.Where(f => f.Spec.Link is null && !listed.Contains(f.Pointer) && !NotGenerated.ContainsKey(f.Pointer)).Select(f => f.Pointer).ToList();
        var stale = listed.Concat(NotGenerated.Keys).Where(p => !writable.Any(f => f.Pointer == p)).ToList();

        Assert.True(missing.Count == 0, "Writable IP connection fields without generated cases (add them to V2Fields from Telnyx's page):\n" + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "V2Fields or NotGenerated name fields the definition does not have:\n" + string.Join("\n", stale));
    }

    private static IEnumerable<(string Pointer, Resources.FieldSpec Spec)> Leaves(ShapeSpec shape, string prefix) =>
        shape.Fields.Where(f => !f.ReadOnly).SelectMany(f => f.Type == FieldType.Object
            ? Leaves(f.Shape!, $"{prefix}/{f.Name}")
            : [($"{prefix}/{f.Name}", f)]);

    /// <summary>{"inbound": {"timeout_1xx_secs": 300}} from "/inbound/timeout_1xx_secs" and "300".</summary>
    public static string Nest(string pointer, string json)
    {
        var parts = pointer.Trim('/').Split('/');
        var text = $$"""{"{{parts[^1]}}": {{json}}}""";
        for (var i = parts.Length - 2; i >= 0; i--)
        {
            text = $$"""{"{{parts[i]}}": {{text}}}""";
        }

        return text;
    }

    private static async Task Check(FieldCase c, HttpResponseMessage response, int success, string operation, List<string> failures)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            failures.Add($"{operation} {c}: {status} {text}");
        }
        else if (c.Valid && status != success)
        {
            failures.Add($"{operation} {c}: expected {success}, got {status} {text}");
        }
        else if (!c.Valid)
        {
            var errors = JsonNode.Parse(text)?["errors"]?.AsArray();
            var named = errors?.Any(e => e?["source"]?["pointer"]?.GetValue<string>() is { } p
                && (p == c.Field.Pointer || p.StartsWith(c.Field.Pointer + "/", StringComparison.Ordinal) || p == c.Field.SiblingPointer)
                && e["code"]?.GetValue<string>() == "10015") == true;
            if (status != 422 || !named)
            {
                failures.Add($"{operation} {c}: expected 422 pointing at {c.Field.Pointer}, got {status} {text}");
            }
        }
    }
}
