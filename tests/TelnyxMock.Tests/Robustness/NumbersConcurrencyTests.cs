using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// The links around the connections under concurrency: 32 clients in 4 accounts, against one server with a file
/// database, order numbers from one small shared pool (so orders race for the same numbers), assign them to their
/// connections, rename, delete and release, and create and delete outbound voice profiles that their connections name.
/// No 5xx and no refusal but the expected one (a number already owned); afterwards no number is owned twice, the search
/// offers exactly the pool's unowned numbers, and no profile id, connection_id or connection_name names something gone
/// or stale.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class NumbersConcurrencyTests(ITestOutputHelper output)
{
    /// <summary>60 numbers of one inventory block (+1 970 224 0000 to 0059), far fewer than the orders that want them.</summary>
    private static readonly string[] Pool = [.. Enumerable.Range(0, 60).Select(i => $"+1970224{i:D4}")];

    [Fact]
    public async Task ManyClients_OrderingAssigningAndDeleting_KeepEveryLinkTrue_AndNoNumberOwnedTwice()
    {
        using var database = new TempDatabase();
        using var mock = await MockProcess.StartAsync(database.Path);
        var failures = new ConcurrentBag<string>();
        var requests = 0;
        var ownedRefusals = 0;
        var bought = 0;
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, ConcurrencyTests.Clients).Select(async n =>
        {
            var account = $"numbers{n % 4}";
            using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", $"Bearer {account}"));
            var random = new Random(n);
            var profiles = new List<string>();
            var trunks = new List<(string Id, string Path)>();
            var numbers = new List<string>();
            for (var i = 0; stopwatch.Elapsed < ConcurrencyTests.Duration || i < ConcurrencyTests.MinimumPerClient * 2; i++)
            {
                Interlocked.Increment(ref requests);
                var roll = random.Next(20);
                if (roll < 2 || profiles.Count == 0)
                {
                    if (await ConcurrencyTests.Ok(await client.PostJsonAsync("/v2/outbound_voice_profiles", $$"""{"name": "profile-{{n}}-{{i}}"}"""), failures) is { } profile)
                    {
                        profiles.Add(profile["data"]!["id"].Str());
                    }
                }
                else if (roll < 5 || trunks.Count == 0)
                {
                    var profile = profiles[random.Next(profiles.Count)];
                    var (path, body) = random.Next(2) == 0
                        ? ("/v2/ip_connections", $$$"""{"connection_name": "ip-{{{n}}}-{{{i}}}", "outbound": {"outbound_voice_profile_id": "{{{profile}}}"}}""")
                        : ("/v2/credential_connections", $$$"""{"connection_name": "cred-{{{n}}}-{{{i}}}", "user_name": "user{{{n}}}x{{{i}}}", "password": "password1", "outbound": {"outbound_voice_profile_id": "{{{profile}}}"}}""");
                    var response = await client.PostJsonAsync(path, body);
                    // The profile may be gone: another client of the account cannot delete it (profiles are this client's), so any refusal is a failure.
                    if (await ConcurrencyTests.Ok(response, failures) is { } created)
                    {
                        trunks.Add((created["data"]!["id"].Str(), path));
                    }
                }
                else if (roll < 10)
                {
                    // One to three numbers of the shared pool, onto one of this client's connections (or none).
                    var wanted = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pool[random.Next(Pool.Length)]).Distinct().ToList();
                    var connection = random.Next(4) == 0 ? "null" : $"\"{trunks[random.Next(trunks.Count)].Id}\"";
                    var order = $$"""{"connection_id": {{connection}}, "phone_numbers": [{{string.Join(", ", wanted.Select(w => $$"""{"phone_number": "{{w}}"}"""))}}]}""";
                    var response = await client.PostJsonAsync("/v2/number_orders", order);
                    var text = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode == 422 && text.Contains("is already owned", StringComparison.Ordinal)
                        && JsonNode.Parse(text)!["errors"]!.AsArray().All(e => e!["source"]!["pointer"].Str().StartsWith("/phone_numbers/", StringComparison.Ordinal)))
                    {
                        Interlocked.Increment(ref ownedRefusals);
                    }
                    else if (response.IsSuccessStatusCode)
                    {
                        Interlocked.Add(ref bought, wanted.Count);
                        var listed = await ConcurrencyTests.Ok(await client.GetAsync($"/v2/phone_numbers?filter[phone_number]={Uri.EscapeDataString(wanted[0])}"), failures);
                        numbers.AddRange(listed?["data"]?.AsArray().Select(p => p!["id"].Str()) ?? []);
                    }
                    else
                    {
                        failures.Add($"POST /v2/number_orders {order}: {(int)response.StatusCode} {text}");
                    }
                }
                else if (roll < 12 && numbers.Count > 0)
                {
                    var connection = random.Next(3) == 0 ? "null" : $"\"{trunks[random.Next(trunks.Count)].Id}\"";
                    await ConcurrencyTests.Ok(await client.PatchJsonAsync($"/v2/phone_numbers/{numbers[random.Next(numbers.Count)]}", $$"""{"connection_id": {{connection}}}"""), failures);
                }
                else if (roll < 14)
                {
                    var (id, path) = trunks[random.Next(trunks.Count)];
                    await ConcurrencyTests.Ok(await client.PatchJsonAsync($"{path}/{id}", $$"""{"connection_name": "renamed-{{n}}-{{i}}"}"""), failures);
                }
                else if (roll < 15)
                {
                    var index = random.Next(trunks.Count);
                    await ConcurrencyTests.Ok(await client.DeleteAsync($"{trunks[index].Path}/{trunks[index].Id}"), failures);
                    trunks.RemoveAt(index);
                }
                else if (roll < 16 && profiles.Count > 1)
                {
                    var index = random.Next(profiles.Count);
                    await ConcurrencyTests.Ok(await client.DeleteAsync($"/v2/outbound_voice_profiles/{profiles[index]}"), failures);
                    profiles.RemoveAt(index);
                }
                else if (roll < 17 && numbers.Count > 0)
                {
                    // Releases the number: another client's order may buy it now.
                    var index = random.Next(numbers.Count);
                    await ConcurrencyTests.Ok(await client.DeleteAsync($"/v2/phone_numbers/{numbers[index]}"), failures);
                    numbers.RemoveAt(index);
                }
                else
                {
                    await ConcurrencyTests.Ok(await client.GetAsync("/v2/available_phone_numbers?filter[national_destination_code]=970&filter[phone_number][starts_with]=2240&filter[limit]=10"), failures);
                }
            }
        }));

        Assert.True(failures.IsEmpty, $"{failures.Count} failures, e.g.:\n" + string.Join("\n", failures.Take(10)) + "\nThe mock wrote:\n" + mock.Output);
        var owned = new List<string>();
        for (var a = 0; a < 4; a++)
        {
            using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", $"Bearer numbers{a}"));
            var connections = (await ConcurrencyTests.AllAsync(client, "/v2/connections")).ToDictionary(c => c["id"].Str(), c => c["connection_name"]?.ToString());
            var profiles = (await ConcurrencyTests.AllAsync(client, "/v2/outbound_voice_profiles")).Select(p => p["id"].Str()).ToHashSet();
            foreach (var connection in await ConcurrencyTests.AllAsync(client, "/v2/connections"))
            {
                if (connection["outbound_voice_profile_id"] is JsonValue profile)
                {
                    Assert.Contains(profile.GetValue<string>(), profiles);
                }
            }

            foreach (var number in await ConcurrencyTests.AllAsync(client, "/v2/phone_numbers"))
            {
                owned.Add(number["phone_number"].Str());
                if (number["connection_id"] is JsonValue connection)
                {
                    Assert.True(connections.TryGetValue(connection.GetValue<string>(), out var name), $"{number["phone_number"]} names connection {connection}, which is gone.");
                    Assert.Equal(name, number["connection_name"]?.ToString());
                }
                else
                {
                    Assert.Null(number["connection_name"]);
                }
            }

            foreach (var order in await ConcurrencyTests.AllAsync(client, "/v2/number_orders"))
            {
                if (order["connection_id"] is JsonValue connection)
                {
                    Assert.Contains(connection.GetValue<string>(), connections.Keys);
                }
            }
        }

        Assert.Equal(owned.Count, owned.Distinct().Count());
        using var searcher = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", "Bearer numbers0"));
        var offered = (await (await searcher.GetAsync("/v2/available_phone_numbers?filter[national_destination_code]=970&filter[phone_number][starts_with]=22400&filter[limit]=1000")).ExpectAsync(200))["data"]!
            .AsArray().Select(p => p!["phone_number"].Str()).ToHashSet();
        Assert.Empty(offered.Intersect(owned));
        Assert.Empty(Pool.Except(owned).Except(offered));
        output.WriteLine($"{requests} requests by {ConcurrencyTests.Clients} clients in {stopwatch.Elapsed.TotalSeconds:0.0} s; {bought} numbers bought, "
            + $"{owned.Count} owned at the end, {ownedRefusals} orders refused a number already owned");
        Assert.True(ownedRefusals > 0, "no order lost the race for a number: the test did not exercise it");
    }
}
