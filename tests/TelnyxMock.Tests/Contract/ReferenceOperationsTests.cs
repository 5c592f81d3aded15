using System.Text.Json.Nodes;
using TelnyxMock.Tests.Coverage;
using TelnyxMock.Tests.Robustness;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Contract;

/// <summary>
/// Every V2 operation of the mock (one per endpoint, see <see cref="TelnyxOperations"/>), sent as the security matrix
/// sends it: its success response, its answer without a credential and, on an id, its answer for an unknown id each
/// match the response schema Telnyx's reference declares for that path, method and status (its <c>default</c> response
/// where it declares no 401).
/// </summary>
public sealed class ReferenceOperationsTests(ITestOutputHelper output) : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    /// <summary>Fields a response leaves out until they are set (README Differences), by reference path.</summary>
    private static readonly HashSet<(string Path, string Field)> OmittedUntilSet =
    [
        .. new[] { "/outbound_voice_profiles", "/outbound_voice_profiles/{id}" }.Select(p => (p, "calling_window")),
        .. new[] { "ip_address", "last_registration", "port", "transport", "user_agent" }
            .Select(f => ("/credential_connections/{id}/actions/check_registration_status", f)),
    ];

    /// <summary>The resource of a success body carries exactly the reference's fields: none missing, none of the mock's own.</summary>
    private static void AssertSameFields(Operation operation, string path, JsonNode body, IReadOnlySet<string> declared)
    {
        var data = body["data"] is JsonArray items ? items.FirstOrDefault() : body["data"];
        Assert.True(data is JsonObject || body["data"] is JsonArray { Count: 0 }, $"{operation}: the success body has no resource to compare with the reference: {body.ToJsonString()}");
        var answered = (data?.AsObject() ?? []).Select(p => p.Key).Where(k => !OmittedUntilSet.Contains((path, k))).ToHashSet(StringComparer.Ordinal);
        var expected = declared.Where(k => !OmittedUntilSet.Contains((path, k))).ToHashSet(StringComparer.Ordinal);
        Assert.True(data is null || answered.SetEquals(expected), $"{operation}: the resource's fields differ from the reference's. Only the mock's: "
            + $"{string.Join(", ", answered.Except(expected))}; only the reference's: {string.Join(", ", expected.Except(answered))}");
    }

    public static TheoryData<string> V2Operations => [.. TelnyxOperations.All.Where(o => o.Surface == "V2").Select(o => o.Name)];

    [Theory]
    [MemberData(nameof(V2Operations))]
    public async Task EveryV2Operation_AnswersAsTheReferenceDeclares(string name)
    {
        var operation = TelnyxOperations.Named(name);
        var client = app.CreateClient();
        var owner = Credential.Bearer("KEY_contract");
        var call = await operation.PrepareAsync(client, owner);
        var (path, method) = (operation.Path["/v2".Length..], operation.Method.ToLowerInvariant());
        var responses = ReferenceSchemas.Document["paths"]?[path]?[method]?["responses"]?.AsObject();
        Assert.True(responses is not null, $"{operation} is no operation of Telnyx's reference ({method.ToUpperInvariant()} {path}).");
        var success = operation.Success.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(responses.ContainsKey(success), $"{operation} answers {success}, which the reference does not declare ({string.Join(", ", responses.Select(r => r.Key))}).");

        var checkedStatuses = new List<string> { success };
        using var answer = await client.SendAsync(call.Request(owner));
        Assert.Equal(operation.Success, (int)answer.StatusCode);
        if (!ReferenceSchemas.DeclaresBody(path, method, success))
        {
            // A body of another type (a token as text/plain): its own tests read it.
            Assert.Equal(ReferenceSchemas.ContentType(path, method, success), answer.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            var body = await ReferenceSchemas.AssertMatchesAsync(path, method, success, await answer.ReadJsonAsync());
            if (ReferenceSchemas.DataProperties(path, method, success) is { } declared)
            {
                AssertSameFields(operation, path, body, declared);
                checkedStatuses.Add("the reference's fields");
            }
        }

        var unauthorized = responses.ContainsKey("401") ? "401" : responses.ContainsKey("default") ? "default" : null;
        var refused = await (await client.SendAsync(call.Request())).ExpectAsync(401);
        if (unauthorized is not null)
        {
            await ReferenceSchemas.AssertMatchesAsync(path, method, unauthorized, refused);
        }

        checkedStatuses.Add(unauthorized is null ? "401 (the reference declares none)" : $"401 as {unauthorized}");

        if (operation.TakesId)
        {
            var notFound = responses.ContainsKey("404") ? "404" : "default";
            await ReferenceSchemas.AssertMatchesAsync(path, method, notFound, await (await client.SendAsync(call.Request(SecurityMatrix.UnknownId, owner))).ExpectAsync(404));
            checkedStatuses.Add($"404 as {notFound}");
        }

        output.WriteLine($"{operation}: {string.Join(", ", checkedStatuses)} match the reference");
    }
}
