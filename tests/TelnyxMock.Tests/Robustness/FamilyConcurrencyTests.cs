using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// The connection family under concurrency: 32 clients in 4 accounts create IP connections, attach IPs and make them
/// the default, delete IPs, create credential connections (racing for user names) and list /v2/connections, against one
/// server with a file database. No 5xx; afterwards every acknowledged connection is listed once, no default IP names a
/// deleted or foreign IP, and no user name is held twice.
/// </summary>
[Collection(RealServerCollection.Name)]
public sealed class FamilyConcurrencyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ManyClients_AcrossTheFamily_KeepTheLinksAndEveryAcknowledgedWrite()
    {
        using var database = new TempDatabase();
        using var mock = await MockProcess.StartAsync(database.Path);
        var connections = new ConcurrentDictionary<string, string>();
        var failures = new ConcurrentBag<string>();
        var requests = 0;
        var takenRefusals = 0;
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, ConcurrencyTests.Clients).Select(async n =>
        {
            var account = $"family{n % 4}";
            using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", $"Bearer {account}"));
            var random = new Random(n);
            var trunks = new List<string>();
            var ips = new List<(string Ip, string Trunk)>();
            for (var i = 0; stopwatch.Elapsed < ConcurrencyTests.Duration || i < ConcurrencyTests.MinimumPerClient; i++)
            {
                Interlocked.Increment(ref requests);
                var roll = random.Next(10);
                if (roll < 2 || trunks.Count == 0)
                {
                    if (await ConcurrencyTests.Ok(await client.PostJsonAsync("/v2/ip_connections", $$"""{"connection_name": "{{account}}-ip-{{n}}-{{i}}"}"""), failures) is { } created)
                    {
                        trunks.Add(created["data"]!["id"].Str());
                        connections[created["data"]!["id"].Str()] = account;
                    }
                }
                else if (roll < 4)
                {
                    var trunk = trunks[random.Next(trunks.Count)];
                    if (await ConcurrencyTests.Ok(await client.PostJsonAsync("/v2/ips", $$"""{"connection_id": "{{trunk}}", "ip_address": "192.0.2.{{random.Next(1, 255)}}"}"""), failures) is { } ip)
                    {
                        ips.Add((ip["data"]!["id"].Str(), trunk));
                    }
                }
                else if (roll < 6 && ips.Count > 0)
                {
                    var (ip, trunk) = ips[random.Next(ips.Count)];
                    await ConcurrencyTests.Ok(await client.PatchJsonAsync($"/v2/ip_connections/{trunk}", $$$"""{"inbound": {"default_primary_ip_id": "{{{ip}}}"}}"""), failures);
                }
                else if (roll < 7 && ips.Count > 0)
                {
                    var index = random.Next(ips.Count);
                    await ConcurrencyTests.Ok(await client.DeleteAsync($"/v2/ips/{ips[index].Ip}"), failures);
                    ips.RemoveAt(index);
                }
                else if (roll < 9)
                {
                    // Few user names for many clients: some creates must lose the race, with a 422 on /user_name.
                    var response = await client.PostJsonAsync("/v2/credential_connections", $$"""{"connection_name": "c", "user_name": "shared{{random.Next(40)}}", "password": "password1"}""");
                    if ((int)response.StatusCode == 422 && (await response.Content.ReadAsStringAsync()).Contains("\"/user_name\"", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref takenRefusals);
                    }
                    else if (await ConcurrencyTests.Ok(response, failures) is { } created)
                    {
                        connections[created["data"]!["id"].Str()] = account;
                    }
                }
                else
                {
                    await ConcurrencyTests.Ok(await client.GetAsync("/v2/connections?page[size]=50"), failures);
                }
            }
        }));

        Assert.True(failures.IsEmpty, $"{failures.Count} failures, e.g.:\n" + string.Join("\n", failures.Take(10)));
        var userNames = new List<string>();
        for (var a = 0; a < 4; a++)
        {
            using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", $"Bearer family{a}"));
            var listed = new List<string>();
            for (var page = 1; ; page++)
            {
                var body = await (await client.GetAsync($"/v2/connections?page[size]=250&page[number]={page}")).ExpectAsync(200);
                listed.AddRange(body["data"]!.AsArray().Select(c => c!["id"].Str()));
                if (page >= body["meta"]!["total_pages"]!.GetValue<int>())
                {
                    break;
                }
            }

            Assert.Equal(connections.Where(c => c.Value == $"family{a}").Select(c => c.Key).Order(), listed.Order());
            var ipList = (await (await client.GetAsync("/v2/ips?page[size]=250")).ExpectAsync(200))["data"]!.AsArray();
            var attached = ipList.Select(ip => (ip!["id"].Str(), ip["connection_id"]?.ToString())).ToHashSet();
            var trunks = (await (await client.GetAsync("/v2/ip_connections?page[size]=250")).ExpectAsync(200))["data"]!.AsArray();
            foreach (var trunk in trunks)
            {
                if (trunk!["inbound"]!["default_primary_ip_id"] is JsonValue ip)
                {
                    Assert.Contains((ip.GetValue<string>(), trunk["id"].Str()), attached);
                }
            }

            userNames.AddRange((await (await client.GetAsync("/v2/credential_connections?page[size]=250")).ExpectAsync(200))["data"]!.AsArray().Select(c => c!["user_name"].Str()));
        }

        Assert.Equal(userNames.Count, userNames.Distinct().Count());
        output.WriteLine($"{requests} requests by {ConcurrencyTests.Clients} clients in {stopwatch.Elapsed.TotalSeconds:0.0} s; "
            + $"{connections.Count} connections, {userNames.Count} user names, {takenRefusals} creates refused a taken user name");
        Assert.True(takenRefusals > 0, "no create lost the race for a user name: the test did not exercise it");
    }
}
