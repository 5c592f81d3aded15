using System.Text.Json.Nodes;
using System.Diagnostics;
using TelnyxMock.Tests.V1;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// Generated bad (and edge-valid) values for every V1 field, sent to create and to update on one server:
/// every invalid value answers 400 naming its field and stores nothing; every valid one is accepted;
/// nothing answers 5xx; the server stays up.
/// </summary>
public sealed class V1BadInputTests(ITestOutputHelper output) : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    public static IEnumerable<FieldCase> Cases => V1Fields.All
        .Where(f => f.Name != "connection_name")
        .SelectMany(CaseGenerator.For)
        .Concat(CaseGenerator.For(V1Fields.All[0]).Where(c => !c.Valid || c.Json.Length > 10));

    [Fact]
    public async Task GeneratedCases_OnCreateAndUpdate_AnswerAsDocumented()
    {
        var client = app.V1Client();
        var target = await client.CreateNamedAsync("target");
        var id = target["id"].Str();
        var failures = new List<string>();
        var validCreates = 0;
        var cases = Cases.ToList();
        var stopwatch = Stopwatch.StartNew();

        foreach (var c in cases)
        {
            var body = c.Field.Name == "connection_name" ? $$"""{"connection_name": {{c.Json}}}""" : $$"""{"connection_name": "fuzz", "{{c.Field.Name}}": {{c.Json}}}""";
            var created = await client.PostJsonAsync(V1Api.Path, body);
            await Check(c, created, "create", failures);
            validCreates += (int)created.StatusCode == 200 ? 1 : 0;

            var before = await (await client.GetAsync($"{V1Api.Path}/{id}")).ReadJsonAsync();
            var updated = await client.PutJsonAsync($"{V1Api.Path}/{id}", $$"""{"{{c.Field.Name}}": {{c.Json}}}""");
            await Check(c, updated, "update", failures);
            if (!updated.IsSuccessStatusCode)
            {
                var after = await (await client.GetAsync($"{V1Api.Path}/{id}")).ReadJsonAsync();
                if (!JsonNode.DeepEquals(before, after))
                {
                    failures.Add($"{c}: a rejected update changed the stored connection");
                }
            }
        }

        output.WriteLine($"V1: {cases.Count} generated cases over {cases.Select(c => c.Field).Distinct().Count()} fields, "
            + $"{cases.Count * 2} create/update requests ({cases.Count(c => !c.Valid)} invalid values), {validCreates} valid creates, "
            + $"{stopwatch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(cases.Count >= 300, $"only {cases.Count} cases were generated");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count * 2} requests misbehaved:\n" + string.Join("\n", failures.Take(40)));
        Assert.Equal(validCreates + 1, (await client.ListAsync("?per_page=1000")).Count);
    }

    private static async Task Check(FieldCase c, HttpResponseMessage response, string operation, List<string> failures)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (status >= 500)
        {
            failures.Add($"{operation} {c}: {status} {text}");
        }
        else if (c.Valid && status != 200)
        {
            failures.Add($"{operation} {c}: expected 200, got {status} {text}");
        }
        else if (!c.Valid)
        {
            var body = JsonNode.Parse(text);
            var named = body?["reasons"]?.AsObject().Any(r => r.Key == c.Field.Name || r.Key.StartsWith(c.Field.Name + ".", StringComparison.Ordinal)) == true;
            if (status != 400 || body?["success"]?.GetValue<bool>() != false || !named)
            {
                failures.Add($"{operation} {c}: expected 400 naming {c.Field.Name}, got {status} {text}");
            }
        }
    }
}
