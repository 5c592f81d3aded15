using System.Text.Json.Nodes;
using TelnyxMock.Tests.Contract;
using TelnyxMock.Tests.Coverage;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// Bad input for every V2 resource the mock registers, generated from Telnyx's reference (not from the mock's
/// definitions): for every property of the reference's body of each operation that takes one (creates, updates, voice
/// settings), nested ones included, a value of a JSON type the reference does not allow is answered 422 with that
/// property's pointer and stores nothing; all of them in one body are reported at once; nothing answers 5xx.
/// </summary>
public sealed class FamilyBadInputTests(ITestOutputHelper output) : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    /// <summary>Every V2 registration, by its collection: each of its operations that takes a body is tried.</summary>
    public static TheoryData<string> Resources => [.. MockModel.V2Registrations.Select(r => r.Path)];

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task EveryPropertyOfTheReference_GivenAWrongType_Is422AtItsPointer_AndAllAtOnce(string path)
    {
        var client = app.BearerClient("KEY_fuzz");
        var registration = MockModel.Holding(path)!;
        var maker = new ResourceMaker(client);
        var (target, _) = await maker.CreateAsync(registration.Resource);
        var operations = MockModel.Telnyx.Where(e => e.Method is "POST" or "PATCH" && MockModel.Holding(e.Route)?.Path == registration.Path && e.Example is not null).ToList();
        var failures = new List<string>();
        var missing = new List<string>();
        var tried = 0;

        foreach (var endpoint in operations)
        {
            var schema = ReferenceSchemas.Document["paths"]?[endpoint.Route["/v2".Length..]]?[endpoint.Method.ToLowerInvariant()]?["requestBody"]?["content"]?["application/json"]?["schema"];
            Assert.True(schema is not null, $"Telnyx's reference has no request body for {endpoint}.");
            // A body the reference's rules accept (a create's required fields; nothing for an update), on which each case changes one property.
            var valid = endpoint.Method == "POST" ? await maker.CreateBodyAsync(registration.Resource, minimal: true) : [];
            var url = endpoint.Parameter is { } parameter ? endpoint.Route.Replace(parameter, target, StringComparison.Ordinal) : endpoint.Route;
            var cases = WrongTypes(schema, string.Empty).ToList();
            Assert.True(cases.Count >= (endpoint.Method == "POST" ? 3 : 1), $"only {cases.Count} properties found in the reference's body of {endpoint}");
            tried += cases.Count;
            foreach (var (pointer, value) in cases)
            {
                var body = valid.DeepClone().AsObject();
                Set(body, pointer, value);
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), url) { Content = HttpTestExtensions.Json(body.ToJsonString()) });
                var text = await response.Content.ReadAsStringAsync();
                if (!(await PointersAsync(response)).Contains(pointer))
                {
                    failures.Add($"{endpoint.Method} {url} with {pointer} = {value.ToJsonString()}: {(int)response.StatusCode} {text}");
                }
            }

            // One body with every wrong type; an object whose own fields are wrong stays an object (its fields are the cases).
            var leaves = cases.Where(c => !cases.Any(o => o.Pointer.StartsWith(c.Pointer + "/", StringComparison.Ordinal))).ToList();
            var all = valid.DeepClone().AsObject();
            foreach (var (pointer, value) in leaves)
            {
                Set(all, pointer, value);
            }

            var reported = await PointersAsync(await client.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), url) { Content = HttpTestExtensions.Json(all.ToJsonString()) }));
            missing.AddRange(leaves.Select(c => c.Pointer).Where(p => !reported.Contains(p)).Select(p => $"{endpoint}: {p}"));
        }

        output.WriteLine($"{path}: {operations.Count} operations with a body ({string.Join(", ", operations)}), {tried} properties of the reference's bodies");
        Assert.NotEmpty(operations);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        Assert.True(missing.Count == 0, $"a body with every wrong type did not report: {string.Join(", ", missing)}");
        // Nothing was stored by the refused requests: the one resource made for them is all there is.
        var listed = await (await client.GetAsync($"{path}?page[size]=1")).ExpectAsync(200);
        Assert.Equal(1, listed["meta"]!["total_results"]!.GetValue<int>());
    }

    private static async Task<HashSet<string>> PointersAsync(HttpResponseMessage response) =>
        (int)response.StatusCode == 422
            ? (await response.ReadJsonAsync())["errors"]!.AsArray().Select(e => e!["source"]!["pointer"].Str()).ToHashSet()
            : [];

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
            if (resolved["readOnly"]?.GetValue<bool>() == true)
            {
                // Not a request field (UpdatePhoneNumberRequest's id): what a request sends there is an unknown field.
                continue;
            }

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
