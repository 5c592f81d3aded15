using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// Telephony credentials under concurrency: 32 clients of one account create credentials under one tag (already holding
/// 950 on 20 seeded connections, so the 1,000 limit is reached during the run) on credential connections, some made
/// during the run, which other clients delete meanwhile,
/// against one server with a file database. No 5xx and no refusal but the expected ones (a full tag, a connection just
/// deleted); afterwards no credential outlives its connection, no SIP user name is held twice and the tag holds at most
/// 1,000 credentials.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class TelephonyCredentialConcurrencyTests(ITestOutputHelper output)
{
    private const string Account = "webrtc";

    private const string Tag = "shared";

    [Fact]
    public async Task ManyClients_CreatingUnderOneTag_WhileConnectionsGo_KeepTheLimitAndTheCascade()
    {
        using var database = new TempDatabase();
        using var mock = await MockProcess.StartAsync(database.Path);
        using var setup = mock.Client();
        var seeded = new JsonObject
        {
            ["account"] = Account,
            ["credential_connections"] = new JsonArray([.. Enumerable.Range(0, 20).Select(i => (JsonNode)new JsonObject
            {
                ["id"] = $"{7000000000000000000L + i}", ["connection_name"] = $"seed-{i}", ["user_name"] = $"seeduser{i}", ["password"] = "password1",
            })]),
            ["telephony_credentials"] = new JsonArray([.. Enumerable.Range(0, 950).Select(i => (JsonNode)new JsonObject
            {
                ["connection_id"] = $"{7000000000000000000L + (i % 20)}", ["tag"] = Tag,
            })]),
        };
        await (await setup.PostJsonAsync("/_mock/fixtures", seeded.ToJsonString())).ExpectAsync(200);

        var connections = new ConcurrentDictionary<string, bool>(Enumerable.Range(0, 20).Select(i => KeyValuePair.Create($"{7000000000000000000L + i}", true)));
        var failures = new ConcurrentBag<string>();
        var (requests, created, fullTag, goneConnection) = (0, 0, 0, 0);
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, ConcurrencyTests.Clients).Select(async n =>
        {
            using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", $"Bearer {Account}"));
            var random = new Random(n);
            for (var i = 0; stopwatch.Elapsed < ConcurrencyTests.Duration || i < ConcurrencyTests.MinimumPerClient * 2; i++)
            {
                Interlocked.Increment(ref requests);
                var roll = random.Next(20);
                var alive = connections.Where(c => c.Value).Select(c => c.Key).ToList();
                if (roll < 2 || alive.Count < 3)
                {
                    var response = await client.PostJsonAsync("/v2/credential_connections", $$"""{"connection_name": "c-{{n}}-{{i}}", "user_name": "user{{n}}x{{i}}", "password": "password1"}""");
                    if (await ConcurrencyTests.Ok(response, failures) is { } connection)
                    {
                        connections[connection["data"]!["id"].Str()] = true;
                    }
                }
                else if (roll < 3 && alive.Where(c => !c.StartsWith("70000000000000000", StringComparison.Ordinal)).ToList() is { Count: > 0 } made)
                {
                    // Connections made during the run go (the seeded ones keep the tag nearly full).
                    var victim = made[random.Next(made.Count)];
                    connections[victim] = false;
                    var response = await client.DeleteAsync($"/v2/credential_connections/{victim}");
                    // Two clients may pick the same connection: the second finds it gone.
                    if ((int)response.StatusCode != 404)
                    {
                        await ConcurrencyTests.Ok(response, failures);
                    }
                }
                else if (roll < 18)
                {
                    var connection = alive[random.Next(alive.Count)];
                    var response = await client.PostJsonAsync("/v2/telephony_credentials", $$"""{"connection_id": "{{connection}}", "tag": "{{Tag}}"}""");
                    var text = await response.Content.ReadAsStringAsync();
                    if (response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref created);
                    }
                    else if ((int)response.StatusCode == 422 && text.Contains("\"/tag\"", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref fullTag);
                    }
                    else if ((int)response.StatusCode == 422 && text.Contains("\"/connection_id\"", StringComparison.Ordinal) && !connections[connection])
                    {
                        Interlocked.Increment(ref goneConnection);
                    }
                    else
                    {
                        failures.Add($"POST /v2/telephony_credentials on {connection}: {(int)response.StatusCode} {text}");
                    }
                }
                else
                {
                    await ConcurrencyTests.Ok(await client.GetAsync($"/v2/telephony_credentials?filter[tag]={Tag}&page[size]=10"), failures);
                }
            }
        }));

        Assert.True(failures.IsEmpty, $"{failures.Count} failures, e.g.:\n" + string.Join("\n", failures.Take(10)) + "\nThe mock wrote:\n" + mock.Output);
        using var reader = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", $"Bearer {Account}"));
        var credentials = await ConcurrencyTests.AllAsync(reader, "/v2/telephony_credentials");
        // Every page: the run makes more connections than one page holds, and the seeded ones are the oldest.
        var existing = (await ConcurrencyTests.AllAsync(reader, "/v2/credential_connections")).Select(c => c["id"].Str()).ToHashSet();
        Assert.All(credentials, c => Assert.Contains(c["resource_id"].Str()["connection:".Length..], existing));
        Assert.Equal(credentials.Count, credentials.Select(c => c["sip_username"].Str()).Distinct().Count());
        var tagged = await (await reader.GetAsync($"/v2/telephony_credentials?filter[tag]={Tag}&page[size]=1")).ExpectAsync(200);
        Assert.InRange(tagged["meta"]!["total_results"]!.GetValue<int>(), 0, 1000);
        output.WriteLine($"{requests} requests by {ConcurrencyTests.Clients} clients in {stopwatch.Elapsed.TotalSeconds:0.0} s; {created} credentials created, "
            + $"{fullTag} refused a full tag, {goneConnection} named a connection just deleted; {credentials.Count} credentials at the end");
        Assert.True(fullTag > 0, "no create met the full tag: the test did not exercise the limit");
    }
}
