using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.Contract;

/// <summary>
/// The defaults of the rest of the V2 family, against two oracles that are not the mock's definitions: the defaults the
/// reference's create schemas document (each is what a create applies, or a listed difference with its reason), and the
/// defaults the served Swagger shows (each is what a create applies).
/// </summary>
public sealed class FamilyDefaultsTests : IDisposable
{
    /// <summary>Where the mock applies another default than the reference's create schema documents, and why.</summary>
    /// <remarks>None today: every default the reference's credential, FQDN and IP create schemas document is applied.</remarks>
    private static readonly Dictionary<string, string> Differences = new(StringComparer.Ordinal);

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    public static TheoryData<string, string, string> Creates => new()
    {
        { "/v2/credential_connections", "CreateCredentialConnectionRequest", """{"connection_name": "d", "user_name": "defaults1", "password": "password1"}""" },
        { "/v2/fqdn_connections", "CreateFqdnConnectionRequest", """{"connection_name": "d"}""" },
        { "/v2/ips", "CreateIpRequest", """{"ip_address": "192.0.2.1"}""" },
    };

    [Theory]
    [MemberData(nameof(Creates))]
    public async Task EveryDefaultTheReferenceDocuments_IsApplied_OrAListedDifference(string path, string schema, string body)
    {
        var created = (await (await app.BearerClient().PostJsonAsync(path, body)).ExpectAsync(201))["data"]!;
        var mismatches = new List<string>();
        var compared = 0;

        foreach (var (pointer, expected) in Defaults(ReferenceSchemas.Components[schema]!, string.Empty))
        {
            compared++;
            if (!JsonNode.DeepEquals(expected, JsonPointer(created, pointer)) && !Differences.ContainsKey($"{schema} {pointer}"))
            {
                mismatches.Add($"{pointer}: the reference's default is {expected?.ToJsonString() ?? "null"}, a create applied {JsonPointer(created, pointer)?.ToJsonString() ?? "null"}");
            }
        }

        Assert.True(compared >= 1, $"no default found in {schema}");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Theory]
    [MemberData(nameof(Creates))]
    public async Task EveryDefaultSwaggerShows_IsTheDefaultApplied(string path, string schema, string body)
    {
        var served = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);
        var created = (await (await app.BearerClient().PostJsonAsync(path, body)).ExpectAsync(201))["data"]!;
        var components = served["components"]!["schemas"]!;
        var compared = 0;

        foreach (var (pointer, shown) in Defaults(components[schema]!, string.Empty, components))
        {
            Assert.True(JsonNode.DeepEquals(shown, JsonPointer(created, pointer)), $"{pointer}: Swagger shows {shown?.ToJsonString() ?? "null"}, a create applied {JsonPointer(created, pointer)?.ToJsonString() ?? "null"}");
            compared++;
        }

        Assert.True(compared >= 1, $"no default shown in {schema}");
    }

    /// <summary>Every documented default of a schema, nested objects walked, by JSON pointer.</summary>
    private static IEnumerable<(string Pointer, JsonNode? Default)> Defaults(JsonNode schema, string prefix, JsonNode? components = null)
    {
        foreach (var (name, property) in Resolve(schema, components)["properties"]?.AsObject() ?? [])
        {
            var resolved = Resolve(property!, components);
            var pointer = $"{prefix}/{name}";
            if (resolved["properties"] is not null)
            {
                foreach (var nested in Defaults(resolved, pointer, components))
                {
                    yield return nested;
                }
            }
            else if (resolved.AsObject().TryGetPropertyValue("default", out var value))
            {
                yield return (pointer, value?.DeepClone());
            }
        }
    }

    private static JsonNode Resolve(JsonNode schema, JsonNode? components)
    {
        while (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            schema = (components ?? ReferenceSchemas.Components)[reference.Split('/').Last()]!;
        }

        return schema;
    }

    private static JsonNode? JsonPointer(JsonNode node, string pointer) =>
        pointer.Trim('/').Split('/').Aggregate((JsonNode?)node, (n, key) => n?[key]);
}
