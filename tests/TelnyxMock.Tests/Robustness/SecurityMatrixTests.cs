using System.Text.Json.Nodes;
using TelnyxMock.Tests.Coverage;
using Xunit.Abstractions;
using static TelnyxMock.Tests.Robustness.SecurityMatrix;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// Every V1 and V2 operation (one per endpoint of the mock, see <see cref="TelnyxOperations"/>) against every way of
/// getting authentication wrong: no credential, a wrong key or user/token pair when accounts are configured,
/// and another account's id. Each answers its documented status and body, and leaves every account's data as it was.
/// </summary>
public sealed class SecurityMatrixTests(ITestOutputHelper output) : IDisposable
{
    private readonly TelnyxMockApplication app = new(Accounts);

    public void Dispose() => app.Dispose();

    private static Credential Acme => Credential.Bearer(AcmeKey);

    private static Credential Globex => Credential.Bearer(GlobexKey);

    [Theory]
    [MemberData(nameof(AllOperations), MemberType = typeof(SecurityMatrix))]
    public async Task NoCredential_Returns401InTheSurfaceEnvelope_AndChangesNothing(string name)
    {
        var operation = Named(name);
        using var open = new TelnyxMockApplication();
        var client = open.CreateClient();
        var owner = Credential.Bearer("KEY_owner");
        var call = await operation.PrepareAsync(client, owner);
        var before = await SnapshotAsync(client, owner);

        var response = await client.SendAsync(call.Request());

        await ExpectUnauthorizedAsync(response, operation);
        Assert.Equal(before, await SnapshotAsync(client, owner));
    }

    [Theory]
    [MemberData(nameof(AllOperations), MemberType = typeof(SecurityMatrix))]
    public async Task WrongCredential_WithConfiguredAccounts_Returns401_AndChangesNothing(string name)
    {
        var operation = Named(name);
        var client = app.CreateClient();
        var call = await operation.PrepareAsync(client, Acme);
        await operation.PrepareAsync(client, Globex);
        var before = (await SnapshotAsync(client, Acme), await SnapshotAsync(client, Globex));
        var wrong = Wrong(operation.Surface).ToList();

        foreach (var credential in wrong)
        {
            var response = await client.SendAsync(call.Request(credential));
            await ExpectUnauthorizedAsync(response, operation, credential);
        }

        Assert.Equal(before, (await SnapshotAsync(client, Acme), await SnapshotAsync(client, Globex)));
        output.WriteLine($"{operation}: {wrong.Count} wrong credentials refused");
    }

    [Theory]
    [MemberData(nameof(AllOperations), MemberType = typeof(SecurityMatrix))]
    public async Task RightCredential_InEveryAcceptedStyle_IsServed(string name)
    {
        var operation = Named(name);
        var client = app.CreateClient();
        foreach (var credential in Right(operation.Surface))
        {
            var call = await operation.PrepareAsync(client, Acme);

            var response = await client.SendAsync(call.Request(credential));

            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode == operation.Success, $"{operation} with {credential}: expected {operation.Success}, got {(int)response.StatusCode} {text}");
        }
    }

    [Theory]
    [MemberData(nameof(OperationsOnAnId), MemberType = typeof(SecurityMatrix))]
    public async Task OtherAccountsId_AnswersExactlyAsAnUnknownId_AndIsLeftAlone(string name)
    {
        var operation = Named(name);
        var client = app.CreateClient();
        var call = await operation.PrepareAsync(client, Acme);
        await operation.PrepareAsync(client, Globex);
        var before = (await SnapshotAsync(client, Acme), await SnapshotAsync(client, Globex));

        foreach (var intruder in Right(operation.Surface, GlobexKey, GlobexUser, GlobexToken))
        {
            var foreign = await client.SendAsync(call.Request(intruder));
            var unknown = await client.SendAsync(call.Request(UnknownId, intruder));

            Assert.Equal(404, (int)foreign.StatusCode);
            Assert.Equal((int)unknown.StatusCode, (int)foreign.StatusCode);
            Assert.Equal(await unknown.Content.ReadAsStringAsync(), await foreign.Content.ReadAsStringAsync());
            Assert.Equal(unknown.Content.Headers.ContentType, foreign.Content.Headers.ContentType);
        }

        Assert.Equal(before, (await SnapshotAsync(client, Acme), await SnapshotAsync(client, Globex)));
    }

    [Fact]
    public async Task OtherAccountsResources_OfEveryRegistration_NeverAppearInItsLists()
    {
        var client = app.CreateClient();
        var maker = new ResourceMaker(client, request => Acme.Apply(request.Headers));
        var ids = new List<string>();
        foreach (var resource in MockModel.Resources)
        {
            ids.Add((await maker.CreateAsync(resource)).Id);
        }

        var globexView = await SnapshotAsync(client, Globex);
        var acmeView = await SnapshotAsync(client, Acme);

        Assert.Equal(MockModel.Resources.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.DoesNotContain($"\"{id}\"", globexView));
        Assert.All(ids, id => Assert.Contains($"\"{id}\"", acmeView));
    }

    private static async Task ExpectUnauthorizedAsync(HttpResponseMessage response, Operation operation, Credential? credential = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        var what = $"{operation} with {credential?.Label ?? "no credential"}";
        Assert.True((int)response.StatusCode == 401, $"{what}: expected 401, got {(int)response.StatusCode} {text}");
        var expected = operation.Surface == "V1" ? V1Unauthorized : V2Unauthorized;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(text)), $"{what}: {text}");
    }
}
