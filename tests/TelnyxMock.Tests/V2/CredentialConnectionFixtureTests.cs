using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TelnyxMock.Fixtures;

namespace TelnyxMock.Tests.V2;

/// <summary>The <c>credential_connections</c> fixtures section, with registration states for check_registration_status.</summary>
public sealed class CredentialConnectionFixtureTests : IDisposable
{
    private const string Document = """
    {"account": "KEY_alice", "credential_connections": [
      {"id": "3000000000000000001", "connection_name": "desk", "user_name": "fixture01", "password": "password1",
       "registration": {"status": "Registered", "ip_address": "203.0.113.5", "port": 37223, "transport": "TLS",
                        "user_agent": "Z 5.4.12", "last_registration": "2026-11-24T08:00:00.000Z"}},
      {"connection_name": "phone", "user_name": "fixture02", "password": "password2"}
    ]}
    """;

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Load_SetsTheRegistrationState_ThatCheckRegistrationStatusReports()
    {
        var result = await LoadAsync(Document);

        Assert.True(result.Loaded, string.Join("; ", result.Errors.Select(e => $"{e.Pointer}: {e.Detail}")));
        var client = app.BearerClient("KEY_alice");
        var status = (await (await client.PostAsync("/v2/credential_connections/3000000000000000001/actions/check_registration_status", null)).ExpectAsync(200))["data"]!;
        Assert.Equal("Registered", status["status"].Str());
        Assert.Equal("203.0.113.5", status["ip_address"].Str());
        Assert.Equal(37223, status["port"]!.GetValue<int>());
        Assert.Equal("TLS", status["transport"].Str());
        Assert.Equal("fixture01", status["sip_username"].Str());
        Assert.Equal(2, (await (await client.GetAsync("/v2/credential_connections")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
    }

    [Fact]
    public async Task Load_Twice_Replaces_AndKeepsUserNamesUnique()
    {
        await LoadAsync(Document);
        var again = await LoadAsync(Document.Replace("fixture02", "fixture03"));

        Assert.True(again.Loaded, string.Join("; ", again.Errors.Select(e => $"{e.Pointer}: {e.Detail}")));
        var taken = await app.BearerClient("KEY_bob").PostJsonAsync("/v2/credential_connections", """{"connection_name": "x", "user_name": "fixture01", "password": "password1"}""");
        await taken.Expect422Async("/user_name");
    }

    [Fact]
    public async Task Load_BadEntries_StoresNothing_AndPointsAtEachError()
    {
        var result = await LoadAsync("""
        {"account": "KEY_alice", "credential_connections": [
          {"connection_name": "a", "user_name": "dupe0001", "password": "password1", "registration": {"status": "Sleeping", "port": 0}},
          {"connection_name": "b", "user_name": "dupe0001", "password": "short"},
          {"user_name": "x"}
        ]}
        """);

        Assert.False(result.Loaded);
        var pointers = result.Errors.Select(e => e.Pointer).ToList();
        Assert.Contains("/credential_connections/0/registration/status", pointers);
        Assert.Contains("/credential_connections/0/registration/port", pointers);
        Assert.Contains("/credential_connections/1/user_name", pointers);
        Assert.Contains("/credential_connections/1/password", pointers);
        Assert.Contains("/credential_connections/2/connection_name", pointers);
        Assert.Contains("/credential_connections/2/password", pointers);
        Assert.Contains("/credential_connections/2/user_name", pointers);
        Assert.Equal(0, (await (await app.BearerClient("KEY_alice").GetAsync("/v2/credential_connections")).ExpectAsync(200))["meta"]!["total_results"]!.GetValue<int>());
    }

    private async Task<FixtureResult> LoadAsync(string json)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FixtureLoader>().LoadAsync(JsonNode.Parse(json), null, CancellationToken.None);
    }
}
