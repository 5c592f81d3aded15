using System.Text.Json.Nodes;
using TelnyxMock.Tests.V1;
using TelnyxMock.Tests.V2;

namespace TelnyxMock.Tests.Filters;

/// <summary>
/// Every substring ("contains") filter answers exactly what a plain substring test of the value as sent answers (in
/// lower case for the case-insensitive ones), whether the database's trigram index serves it or not: the oracle is
/// C#'s <see cref="string.Contains(string, StringComparison)"/> over the names seeded here, never the mock's code.
/// </summary>
public sealed class SubstringFilterTests : IDisposable
{
    /// <summary>Names with what a needle can trip on: case beyond ASCII, LIKE and FTS5 syntax, quotes, spaces, astral characters.</summary>
    public static readonly string[] Names =
    [
        "Office Main", "OFFICE backup", "back-office", "Bürö Ä-Linie", "ärger äußerst", "İstanbul trunk", "istanbul lower",
        "ISTANBUL upper", "50% off_line", "5000 offline", "quote\"d name", "it's here", "its there", "back\\slash", "star*name",
        "starname", "two  spaces", "one space", "𝄞 music clef", "ΣΊΣΥΦΟΣ sisyphus", "caret^and$dollar", "paren(s) {brace}",
        "NEAR AND OR NOT", "abc", "abcabcabc", "a b",
    ];

    /// <summary>Needles as sent: 1–2 characters, case variants, the whole of a name, syntax of LIKE, GLOB and FTS5, no match.</summary>
    public static readonly string[] Needles =
    [
        "off", "OFF", "Off", "office main", "OFFICE MAIN", "o", "of", "ä", "Ä", "ÄRGER", "Bürö ä-linie", "İ", "İst", "ist", "ISTAN", "%", "50%",
        "% off", "_", "f_l", "off_", "\"", "e\"d", "quote\"d name", "\"d n", "'", "it's", "'s h", "\\", "k\\s", "k\\", "*", "r*n", "*na",
        "  ", "o s", " ", "two  spaces", "𝄞", "𝄞 m", "σίσ", "ΣΊΣ", "nomatch", "\0", "l\0b", "^an", "$do", "(s)", "{b", "near and",
        "and or not", "abc", "bca", "cab", "abcabcabca", "ab", "b",
    ];

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    public static TheoryData<string> Filters => new(
        "/v2/ip_connections?page[size]=250&filter[connection_name][contains]=",
        "/v2/connections?page[size]=250&filter[connection_name][contains]=",
        "/v2/credential_connections?page[size]=250&filter[connection_name][contains]=",
        "/v2/fqdn_connections?page[size]=250&filter[connection_name][contains]=",
        "/security/connections?per_page=1000&filter_connection_name=",
        "/security/connections?per_page=1000&filter_auth_user_name=",
        "/v2/outbound_voice_profiles?page[size]=250&filter[name][contains]=",
        "/v2/phone_numbers?page[size]=250&filter[voice.connection_name][contains]=",
        "/v2/phone_numbers/voice?page[size]=250&filter[connection_name][contains]=");

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Contains_AnswersExactlyTheNamesHoldingTheNeedle_InAnyCase(string filter)
    {
        var seeded = await SeedAsync();

        foreach (var needle in Needles)
        {
            var response = await ClientFor(filter).GetAsync(filter + Uri.EscapeDataString(needle));
            if (needle.Length < MinLength(filter))
            {
                await response.ExpectAsync(filter.StartsWith("/security", StringComparison.Ordinal) ? 422 : 400);
                continue;
            }

            var expected = seeded.Of(filter).Where(n => n.ToLowerInvariant().Contains(needle.ToLowerInvariant(), StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            var found = Found(filter, await response.ExpectAsync(200), seeded).Order(StringComparer.Ordinal);
            Assert.True(expected.SequenceEqual(found), $"{filter}{Show(needle)}: expected [{string.Join(" | ", expected)}], got [{string.Join(" | ", found)}]");
        }
    }

    [Fact]
    public async Task PhoneNumberFilter_AnswersTheNumbersWhoseDigitsHoldIt()
    {
        var seeded = await SeedAsync();
        var client = app.BearerClient();

        foreach (var needle in new[] { "303", "+1303", "0001", "13034160010", "4160", "16001", "+13034160026", "999", "12", "+12", "30a", "3 0", "%30", "_03", "\"03" })
        {
            var digits = needle.StartsWith('+') ? needle[1..] : needle;
            foreach (var list in new[] { "/v2/phone_numbers", "/v2/phone_numbers/voice" })
            {
                var response = await client.GetAsync($"{list}?page[size]=250&filter[phone_number]={Uri.EscapeDataString(needle)}");
                if (digits.Length < 3)
                {
                    await response.ExpectAsync(400);
                    continue;
                }

                var expected = seeded.Numbers.Keys.Where(n => digits.All(char.IsAsciiDigit) && n[1..].Contains(digits, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
                var found = (await response.ExpectAsync(200))["data"]!.AsArray().Select(n => n!["phone_number"].Str()).Order(StringComparer.Ordinal);
                Assert.True(expected.SequenceEqual(found), $"{list} {Show(needle)}: expected [{string.Join(" ", expected)}], got [{string.Join(" ", found)}]");
            }
        }
    }

    [Fact]
    public async Task TagFilter_AnswersTheNumbersWithThatWholeTag()
    {
        var seeded = await SeedAsync();
        var client = app.BearerClient();

        foreach (var tag in Needles.Concat(Names).Where(t => t.Length > 0 && !t.Contains('\0')).Distinct())
        {
            var response = await client.GetAsync($"/v2/phone_numbers?page[size]=250&filter[tag]={Uri.EscapeDataString(tag)}");
            var expected = seeded.Numbers.Where(n => n.Value.Tag == tag).Select(n => n.Key).Order(StringComparer.Ordinal);
            var found = (await response.ExpectAsync(200))["data"]!.AsArray().Select(n => n!["phone_number"].Str()).Order(StringComparer.Ordinal);
            Assert.True(expected.SequenceEqual(found), $"filter[tag]{Show(tag)}: expected [{string.Join(" ", expected)}], got [{string.Join(" ", found)}]");
        }
    }

    [Fact]
    public async Task Contains_MoreMatchesThanTheIndexHandsOver_StillFindsEveryOne()
    {
        var client = app.BearerClient();
        var entries = new JsonArray([.. Enumerable.Range(0, 150).Select(i => (JsonNode)new JsonObject { ["connection_name"] = $"bulk-{i:000}" })]);
        await LoadAsync(new JsonObject { ["account"] = "KEY_alice", ["ip_connections"] = entries });

        Assert.Equal(150, (await client.GetOkAsync("/v2/ip_connections?filter[connection_name][contains]=BULK-"))["meta"]!["total_results"]!.GetValue<int>());
        Assert.Equal(10, (await client.GetOkAsync("/v2/ip_connections?filter[connection_name][contains]=k-14"))["meta"]!["total_results"]!.GetValue<int>());
        Assert.Equal(["bulk-149"], (await client.GetOkAsync("/v2/ip_connections?filter[connection_name][contains]=k-149"))["data"]!.AsArray().Select(c => c!["connection_name"].Str()));
    }

    [Fact]
    public async Task Contains_FollowsRenamesAndDeletes()
    {
        var client = app.BearerClient();
        var v1 = app.V1Client();
        var kept = await V2Api.CreateNamedAsync(client, "Harbour Gate");
        var renamed = await V2Api.CreateNamedAsync(client, "Harbour Pier");
        var deleted = await V2Api.CreateNamedAsync(client, "Harbour Dock");
        var profile = await client.CreateProfileAsync("Harbour Profile");
        var old = await V1Api.CreateNamedAsync(v1, "Harbour V1");

        await client.PatchAsync(renamed["id"].Str(), """{"connection_name": "Lighthouse"}""");
        await (await client.DeleteAsync($"/v2/ip_connections/{deleted["id"].Str()}")).ExpectAsync(200);
        await (await client.PatchJsonAsync($"/v2/outbound_voice_profiles/{profile}", """{"name": "Beacon"}""")).ExpectAsync(200);
        await (await v1.PutJsonAsync($"/security/connections/{old["id"]}", """{"connection_name": "Quay"}""")).ExpectAsync(200);

        Assert.Equal(["Harbour Gate"], await NamesAsync(client, "/v2/ip_connections?filter[connection_name][contains]=harbour"));
        Assert.Equal(["Lighthouse"], await NamesAsync(client, "/v2/connections?filter[connection_name][contains]=LIGHT"));
        Assert.Empty(await NamesAsync(client, "/v2/ip_connections?filter[connection_name][contains]=dock"));
        Assert.Empty(await NamesAsync(client, "/v2/outbound_voice_profiles?filter[name][contains]=harbour", "name"));
        Assert.Equal(["Beacon"], await NamesAsync(client, "/v2/outbound_voice_profiles?filter[name][contains]=eacon", "name"));
        Assert.Equal(["Quay"], V1Api.Names(await V1Api.ListAsync(v1, "?filter_connection_name=qua")));
        Assert.Empty(await V1Api.ListAsync(v1, "?filter_connection_name=harbour"));
        Assert.Equal(kept["id"].Str(), (await client.GetOkAsync("/v2/ip_connections?filter[connection_name][contains]=gate"))["data"]![0]!["id"].Str());
    }

    [Fact]
    public async Task Contains_AfterReset_FindsOnlyWhatIsStoredAgain()
    {
        var client = app.BearerClient();
        await V2Api.CreateNamedAsync(client, "Harbour Gate");
        await (await app.CreateClient().PostJsonAsync("/_mock/reset", "{}")).ExpectAsync(200);

        Assert.Empty(await NamesAsync(client, "/v2/ip_connections?filter[connection_name][contains]=harbour"));
        await V2Api.CreateNamedAsync(client, "Harbour Pier");
        Assert.Equal(["Harbour Pier"], await NamesAsync(client, "/v2/ip_connections?filter[connection_name][contains]=harbour"));
    }

    [Fact]
    public async Task PhoneNumberConnectionName_FollowsTheConnectionsRename()
    {
        var seeded = await SeedAsync();
        var client = app.BearerClient();
        var (number, (name, _)) = seeded.Numbers.First(n => n.Value.Name == "Office Main");
        var connection = (await client.GetOkAsync($"/v2/phone_numbers?filter[phone_number]={Uri.EscapeDataString(number)}"))["data"]![0]!["connection_id"].Str();

        await client.PatchAsync(connection, """{"connection_name": "Renamed Shed"}""");

        Assert.Equal([number], await NamesAsync(client, "/v2/phone_numbers?filter[voice.connection_name][contains]=SHED", "phone_number"));
        Assert.DoesNotContain(number, await NamesAsync(client, $"/v2/phone_numbers?page[size]=250&filter[voice.connection_name][contains]={Uri.EscapeDataString(name)}", "phone_number"));
    }

    private static int MinLength(string filter) => filter.Contains("outbound_voice_profiles", StringComparison.Ordinal) ? 1 : 3;

    private static string Show(string needle) => $" '{string.Concat(needle.Select(c => c < ' ' ? $"\\u{(int)c:x4}" : c.ToString()))}'";

    private HttpClient ClientFor(string filter) => filter.StartsWith("/security", StringComparison.Ordinal) ? app.V1Client() : app.BearerClient();

    private static IEnumerable<string> Found(string filter, JsonNode body, Seeded seeded)
    {
        if (filter.Contains("filter_auth_user_name", StringComparison.Ordinal))
        {
            return body.AsArray().Select(c => seeded.UserNames[c!["connection_name"].Str()]);
        }

        if (filter.StartsWith("/security", StringComparison.Ordinal))
        {
            return body.AsArray().Select(c => c!["connection_name"].Str());
        }

        var field = filter.Contains("outbound_voice_profiles", StringComparison.Ordinal) ? "name" : "connection_name";
        return filter.StartsWith("/v2/phone_numbers", StringComparison.Ordinal)
            ? body["data"]!.AsArray().Select(n => seeded.Numbers[n!["phone_number"].Str()].Name)
            : body["data"]!.AsArray().Select(c => c![field].Str());
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string url, string field = "connection_name") =>
        [.. (await client.GetOkAsync(url))["data"]!.AsArray().Select(c => c![field].Str())];

    /// <summary>
    /// Every name as an IP connection (and, for every third, a credential and an FQDN connection too), a V1 connection
    /// whose credential has the name as its user name, an outbound voice profile, and a number on the IP connection
    /// tagged with the name.
    /// </summary>
    private async Task<Seeded> SeedAsync()
    {
        var numbers = new Dictionary<string, (string Name, string Tag)>(StringComparer.Ordinal);
        var ip = new JsonArray();
        var credential = new JsonArray();
        var fqdn = new JsonArray();
        var profiles = new JsonArray();
        var phoneNumbers = new JsonArray();
        var v1 = new JsonArray();
        for (var i = 0; i < Names.Length; i++)
        {
            var (name, id, number) = (Names[i], $"10000000000000001{i:00}", $"+130341600{i:00}");
            ip.Add(new JsonObject { ["id"] = id, ["connection_name"] = name });
            profiles.Add(new JsonObject { ["name"] = name });
            phoneNumbers.Add(new JsonObject { ["phone_number"] = number, ["connection_id"] = id, ["tags"] = new JsonArray(name) });
            numbers[number] = (name, name);
            v1.Add(new JsonObject { ["connection_name"] = $"v1-{i}", ["credentials"] = new JsonArray(new JsonObject { ["user_name"] = name, ["password"] = "pw" }) });
            v1.Add(new JsonObject { ["connection_name"] = name });
            if (i % 3 == 0)
            {
                credential.Add(new JsonObject { ["connection_name"] = name, ["user_name"] = $"fixture{i:00}", ["password"] = "password1" });
                fqdn.Add(new JsonObject { ["connection_name"] = name });
            }
        }

        await LoadAsync(new JsonObject
        {
            ["account"] = "KEY_alice", ["ip_connections"] = ip, ["credential_connections"] = credential, ["fqdn_connections"] = fqdn,
            ["outbound_voice_profiles"] = profiles, ["phone_numbers"] = phoneNumbers,
        });
        await LoadAsync(new JsonObject { ["account"] = "alice", ["v1_connections"] = v1 });
        var thirds = Names.Where((_, i) => i % 3 == 0).ToList();
        return new Seeded(numbers, Names.Select((n, i) => (Key: $"v1-{i}", n)).ToDictionary(p => p.Key, p => p.n, StringComparer.Ordinal), thirds);
    }

    private async Task LoadAsync(JsonObject document)
    {
        var response = await app.CreateClient().PostJsonAsync("/_mock/fixtures", document.ToJsonString());
        await response.ExpectAsync(200);
    }

    /// <summary>What was seeded: each number's connection name and tag, each V1 credential connection's user name, the names of the credential and FQDN connections.</summary>
    private sealed record Seeded(Dictionary<string, (string Name, string Tag)> Numbers, Dictionary<string, string> UserNames, List<string> Thirds)
    {
        public IEnumerable<string> Of(string filter) =>
            filter.StartsWith("/v2/connections", StringComparison.Ordinal) ? [.. Names, .. Thirds, .. Thirds]
            : filter.StartsWith("/v2/credential_connections", StringComparison.Ordinal) || filter.StartsWith("/v2/fqdn_connections", StringComparison.Ordinal) ? Thirds
            : filter.Contains("filter_auth_user_name", StringComparison.Ordinal) ? UserNames.Values
            : filter.StartsWith("/security", StringComparison.Ordinal) ? [.. Names, .. UserNames.Keys]
            : Names;
    }
}
