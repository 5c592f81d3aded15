using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;
using TelnyxMock.Tests.Coverage;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Control;

/// <summary>
/// The control API covers every V2 resource the mock registers and every V2 list: faults on its paths fire, the
/// journal records it, reset clears it and frees its unique values.
/// </summary>
public sealed class FamilyControlTests(ITestOutputHelper output) : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Faults_Journal_AndReset_CoverEveryV2ResourceAndList()
    {
        var control = app.CreateClient();
        var client = app.BearerClient();
        var maker = new ResourceMaker(client);
        var sent = new List<(Resource Resource, JsonObject Body)>();
        foreach (var registration in MockModel.V2Registrations)
        {
            var body = await maker.CreateBodyAsync(registration.Resource);
            await maker.CreateAsync(registration.Resource, body.DeepClone().AsObject());
            sent.Add((registration.Resource, body));
        }

        var lists = MockModel.Telnyx.Where(e => e.IsList && e.Surface == Surface.V2).Select(e => e.Route).ToList();
        foreach (var list in lists)
        {
            await control.AddFaultAsync($$"""{"method": "GET", "path": "{{list}}", "status": 503, "times": 1}""");
            Assert.Equal(503, (int)(await client.GetAsync(list)).StatusCode);
            await (await client.GetAsync(list)).ExpectAsync(200);
        }

        var paths = (await control.JournalAsync()).Select(e => e!["path"].Str()).ToHashSet();
        Assert.All(MockModel.V2Registrations.Select(r => r.Path).Concat(lists), path => Assert.Contains(path, paths));

        await control.ResetAsync("""{"account": "KEY_alice"}""");
        // The number search lists what no account owns, not the account's own resources: it is not emptied by a reset.
        foreach (var list in lists.Where(l => l != "/v2/available_phone_numbers"))
        {
            Assert.Equal(0, (await (await client.GetAsync(list)).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
        }

        // Unique values (a user name) are free again after the reset: each body is accepted again as it was.
        var again = sent.Where(s => s.Resource.Definition.Uniques.Count > 0).ToList();
        foreach (var (resource, body) in again)
        {
            await maker.CreateAsync(resource, await maker.CompleteAsync(resource, body, keepUniques: true));
        }

        Assert.NotEmpty(lists);
        output.WriteLine($"{sent.Count} resources, {lists.Count} lists; {again.Count} bodies with unique values sent again after the reset");
    }
}
