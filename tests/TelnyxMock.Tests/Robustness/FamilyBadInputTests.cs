using System.Text.Json.Nodes;
using TelnyxMock.Tests.Contract;
using TelnyxMock.Tests.Coverage;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// Bad input for every V2 resource the mock registers, generated from Telnyx's reference (not from the mock's
/// definitions): for every property of each create schema, nested ones included, a value of a JSON type the reference
/// does not allow is answered 422 with that property's pointer, on create and on update, and stores nothing; all of them
/// in one body are reported at once; nothing answers 5xx.
/// </summary>
public sealed class FamilyBadInputTests(ITestOutputHelper output) : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    /// <summary>Every V2 registration, by its collection; the reference's create schema is Create{Definition.Name}Request.</summary>
    public static TheoryData<string> Resources => [.. MockModel.V2Registrations.Select(r => r.Path)];

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task EveryPropertyOfTheReference_GivenAWrongType_Is422AtItsPointer_AndAllAtOnce(string path)
    {
        var client = app.BearerClient("KEY_fuzz");
        var registration = MockModel.Holding(path)!;
        var schema = $"Create{registration.Definition.Name}Request";
        Assert.True(ReferenceSchemas.Components.ContainsKey(schema), $"Telnyx's reference has no {schema} for {path}.");
        // A body the reference's rules accept (and the mock stores), on which each case changes one property.
        var valid = await new ResourceMaker(client).CreateBodyAsync(registration.Resource, minimal: true);
        var cases = WrongTypes(ReferenceSchemas.Components[schema]!, string.Empty).ToList();
        var created = TelnyxOperations.All.Single(o => o.Method == "POST" && o.Path == path).Success;
        var target = (await (await client.PostJsonAsync(path, valid.ToJsonString())).ExpectAsync(created))["data"]!["id"].Str();
        var failures = new List<string>();

        foreach (var (pointer, value) in cases)
        {
            var body = valid.DeepClone().AsObject();
            Set(body, pointer, value);
            foreach (var (method, url) in new[] { ("POST", path), ("PATCH", $"{path}/{target}") })
            {
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = HttpTestExtensions.Json(body.ToJsonString()) });
                var text = await response.Content.ReadAsStringAsync();
                var pointers = (int)response.StatusCode == 422
                    ? JsonNode.Parse(text)!["errors"]!.AsArray().Select(e => e!["source"]!["pointer"].Str()).ToList()
                    : [];
                if (!pointers.Contains(pointer))
                {
                    failures.Add($"{method} {url} with {pointer} = {value.ToJsonString()}: {(int)response.StatusCode} {text}");
                }
            }
        }

        // One body with every wrong type; an object whose own fields are wrong stays an object (its fields are the cases).
        var leaves = cases.Where(c => !cases.Any(o => o.Pointer.StartsWith(c.Pointer + "/", StringComparison.Ordinal))).ToList();
        var all = valid.DeepClone().AsObject();
        foreach (var (pointer, value) in leaves)
        {
            Set(all, pointer, value);
        }

        var together = await client.PostJsonAsync(path, all.ToJsonString());
        var reported = (int)together.StatusCode == 422
            ? (await together.ReadJsonAsync())["errors"]!.AsArray().Select(e => e!["source"]!["pointer"].Str()).ToHashSet()
            : [];
        var missing = leaves.Select(c => c.Pointer).Where(p => !reported.Contains(p)).ToList();

        output.WriteLine($"{path}: {cases.Count} properties of {schema}, {cases.Count * 2} requests");
        Assert.True(cases.Count >= 3, $"only {cases.Count} properties found in {schema}");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.True(missing.Count == 0, $"a body with every wrong type did not report: {string.Join(", ", missing)}");
        var listed = await (await client.GetAsync($"{path}?page[size]=1")).ExpectAsync(200);
        Assert.Equal(1, listed["meta"]!["total_results"]!.GetValue<int>());
    }

    /// <summary>For each property (nested objects walked), a value whose JSON type the reference's schema does not allow.</summary>
    private static IEnumerable<(string Pointer, JsonNode Value)> WrongTypes(JsonNode schema, string prefix)
    {
        foreach (var (name, property) in Resolve(schema)["properties"]?.AsObject() ?? [])
        {
            var resolved = Resolve(property!);
            var types = resolved["type"] switch
            {
                JsonArray many => many.Select(t => t.Str()).ToList(),
                JsonValue one => [one.Str()],
                _ => [],
            };
            var pointer = $"{prefix}/{name}";
            if (types.Contains("object") || resolved["properties"] is not null)
            {
                yield return (pointer, JsonValue.Create("not an object")!);
                foreach (var nested in WrongTypes(resolved, pointer))
                {
                    yield return nested;
                }
            }
            else if (types.Contains("array"))
            {
                yield return (pointer, new JsonObject { ["not"] = "an array" });
            }
            else if (types.Contains("integer") || types.Contains("boolean"))
            {
                yield return (pointer, JsonValue.Create("not a " + types[0])!);
            }
            else if (types.Contains("string"))
            {
                yield return (pointer, new JsonArray("not", "a string"));
            }
        }
    }

    private static JsonNode Resolve(JsonNode schema)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = ReferenceSchemas.Components[reference.Split('/').Last()]!;
        }

        return schema;
    }

    private static void Set(JsonObject body, string pointer, JsonNode value)
    {
        var parts = pointer.Trim('/').Split('/');
        var node = body;
        foreach (var part in parts[..^1])
        {
            node = node[part] as JsonObject ?? (JsonObject)(node[part] = new JsonObject());
        }

        node[parts[^1]] = value.DeepClone();
    }
}
