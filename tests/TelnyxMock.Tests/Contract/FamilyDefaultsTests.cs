using System.Text.Json.Nodes;
using TelnyxMock.Tests.Coverage;

namespace TelnyxMock.Tests.Contract;

/// <summary>
/// The defaults of every V2 resource the mock registers, against two oracles that are not the mock's definitions: the defaults the
/// reference's create schemas document (each is what a create applies, or a listed difference with its reason), and the
/// defaults the served Swagger shows (each is what a create applies).
/// </summary>
public sealed class FamilyDefaultsTests : IDisposable
{
    /// <summary>Where the mock applies another default than the reference's create schema documents, and why.</summary>
    /// <remarks>None today: every default the reference's create schemas document is applied.</remarks>
    private static readonly Dictionary<string, string> Differences = new(StringComparer.Ordinal);

    /// <summary>Defaults the served Swagger shows wrongly, known and reported, with what is wrong.</summary>
    private static readonly Dictionary<string, string> SwaggerDefects = new(StringComparer.Ordinal)
    {
        ["CreateFqdnRequest /port"] = "shows \"default\": null (the field is nullable and has no declared default), but an a record "
            + "takes 5060 (FqdnDefinition.Complete), as the reference's default 5060 says; only an srv record keeps null.",
    };

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    /// <summary>Every V2 registration, by its collection (see CreateWithRequiredFieldsAsync for the schemas each is held to).</summary>
    /// <remarks>
    /// Number orders and telephony credentials are left out: the reference documents no default for them (NumberOrderTests
    /// and TelephonyCredentialTests hold their fixed and generated values).
    /// </remarks>
    public static TheoryData<string> Creates => [.. MockModel.V2Registrations.Select(r => r.Path).Where(p => p is not ("/v2/number_orders" or "/v2/telephony_credentials"))];

    [Theory]
    [MemberData(nameof(Creates))]
    public async Task EveryDefaultTheReferenceDocuments_IsApplied_OrAListedDifference(string path)
    {
        var mismatches = new List<string>();
        var compared = 0;
        foreach (var (schema, _, created) in await CreateWithRequiredFieldsAsync(path))
        {
        Assert.True(ReferenceSchemas.Components.ContainsKey(schema), $"Telnyx's reference has no {schema} for {path}.");
        foreach (var (pointer, expected) in Defaults(ReferenceSchemas.Components[schema]!, string.Empty))
        {
            compared++;
            if (!JsonNode.DeepEquals(expected, JsonPointer(created, pointer)) && !Differences.ContainsKey($"{schema} {pointer}"))
            {
                mismatches.Add($"{schema} {pointer}: the reference's default is {expected?.ToJsonString() ?? "null"}, a create applied {JsonPointer(created, pointer)?.ToJsonString() ?? "null"}");
            }
        }
        }

        Assert.True(compared >= 1, $"no default found in the reference's schemas of {path}");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    [Theory]
    [MemberData(nameof(Creates))]
    public async Task EveryDefaultSwaggerShows_IsTheDefaultApplied(string path)
    {
        var served = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);
        var components = served["components"]!["schemas"]!;
        var mismatched = new List<string>();
        var compared = 0;
        var schemas = new List<string>();
        foreach (var (_, schema, created) in await CreateWithRequiredFieldsAsync(path))
        {
        schemas.Add(schema);
        foreach (var (pointer, shown) in Defaults(components[schema]!, string.Empty, components))
        {
            if (!JsonNode.DeepEquals(shown, JsonPointer(created, pointer)))
            {
                mismatched.Add($"{schema} {pointer}: Swagger shows {shown?.ToJsonString() ?? "null"}, a create applied {JsonPointer(created, pointer)?.ToJsonString() ?? "null"}");
            }

            compared++;
        }
        }

        Assert.True(compared >= 1, $"no default shown in {string.Join(", ", schemas)}");
        var unexplained = mismatched.Where(m => !SwaggerDefects.ContainsKey(m.Split(':')[0])).ToList();
        var fixedSince = SwaggerDefects.Keys.Where(k => schemas.Any(schema => k.StartsWith(schema + " ", StringComparison.Ordinal)) && !mismatched.Any(m => m.Split(':')[0] == k)).ToList();
        Assert.True(unexplained.Count == 0, string.Join("\n", unexplained));
        Assert.True(fixedSince.Count == 0, "Listed Swagger defects that are gone (remove them): " + string.Join(", ", fixedSince));
    }

    /// <summary>
    /// A resource created with only the fields its create requires (from the registration's example, links made
    /// first), so every other field takes its default; with the reference's schema and the served one that document
    /// those defaults (its create schema in both). A resource clients never post (a phone number, bought with an order)
    /// is held to the reference's response schemas (the number and its voice settings) and the served update schemas.
    /// </summary>
    private async Task<List<(string Reference, string Served, JsonNode Created)>> CreateWithRequiredFieldsAsync(string path)
    {
        var registration = MockModel.Holding(path)!;
        var client = app.BearerClient();
        var maker = new ResourceMaker(client);
        var (id, created) = await maker.CreateAsync(registration.Resource, await maker.CreateBodyAsync(registration.Resource, minimal: true));
        if (registration.Posted)
        {
            // The reference's create schema is the one its POST takes (CreateIpConnectionRequest, TelephonyCredentialCreateRequest).
            var reference = ReferenceSchemas.Document["paths"]![path["/v2".Length..]]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!
                .GetValue<string>().Split('/').Last();
            return [(reference, $"Create{registration.Definition.Name}Request", created)];
        }

        var voice = (await (await client.GetAsync($"{path}/{id}/voice")).ExpectAsync(200))["data"]!;
        // Write-only in the voice settings' update: the number answers it.
        voice["caller_id_name_enabled"] = created["caller_id_name_enabled"]!.DeepClone();
        return
        [
            ("PhoneNumberDetailed", $"Update{registration.Definition.Name}Request", created),
            ("PhoneNumberWithVoiceSettings", "UpdatePhoneNumberWithVoiceSettingsRequest", voice),
        ];
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
