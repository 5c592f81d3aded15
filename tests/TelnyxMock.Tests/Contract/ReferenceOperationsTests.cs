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
        await ReferenceSchemas.AssertMatchesAsync(path, method, success, await (await client.SendAsync(call.Request(owner))).ExpectAsync(operation.Success));

        var unauthorized = responses.ContainsKey("401") ? "401" : "default";
        await ReferenceSchemas.AssertMatchesAsync(path, method, unauthorized, await (await client.SendAsync(call.Request())).ExpectAsync(401));
        checkedStatuses.Add($"401 as {unauthorized}");

        if (operation.TakesId)
        {
            var notFound = responses.ContainsKey("404") ? "404" : "default";
            await ReferenceSchemas.AssertMatchesAsync(path, method, notFound, await (await client.SendAsync(call.Request(SecurityMatrix.UnknownId, owner))).ExpectAsync(404));
            checkedStatuses.Add($"404 as {notFound}");
        }

        output.WriteLine($"{operation}: {string.Join(", ", checkedStatuses)} match the reference");
    }
}
