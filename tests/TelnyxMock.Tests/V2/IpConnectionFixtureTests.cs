using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TelnyxMock.Fixtures;

namespace TelnyxMock.Tests.V2;

/// <summary>The <c>ip_connections</c> fixtures section: all or nothing, every error with its pointer.</summary>
public sealed class IpConnectionFixtureTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Load_ValidEntries_AreServedToTheirAccount()
    {
        var result = await LoadAsync("""
        {"account": "KEY_alice", "ip_connections": [
          {"id": "1000000000000000001", "connection_name": "one", "transport_protocol": "TCP"},
          {"connection_name": "two", "inbound": {"codecs": "G722"}}
        ]}
        """);

        Assert.True(result.Loaded);
        Assert.Equal(2, result.Counts["ip_connections"]);
        var list = await app.BearerClient("KEY_alice").ListAsync("?sort=connection_name");
        Assert.Equal(["one", "two"], list.Names());
        Assert.Equal("1000000000000000001", list["data"]![0]!["id"].Str());
        Assert.Equal(["G722"], list["data"]![1]!["inbound"]!["codecs"]!.AsArray().Select(c => c.Str()));
    }

    [Fact]
    public async Task Load_SameFixedIdTwice_ReplacesInsteadOfDuplicating()
    {
        const string document = """{"account": "KEY_alice", "ip_connections": [{"id": "1000000000000000001", "connection_name": "one"}]}""";

        await LoadAsync(document);
        await LoadAsync(document.Replace("\"one\"", "\"uno\""));

        Assert.Equal(["uno"], (await app.BearerClient("KEY_alice").ListAsync()).Names());
    }

    [Fact]
    public async Task Load_BadEntries_StoresNothingAndPointsAtEachError()
    {
        var result = await LoadAsync("""
        {"account": "KEY_alice", "ip_connections": [
          {"connection_name": "fine"},
          {"inbound": {"timeout_1xx_secs": 500}, "unknown": 1},
          {"transport_protocol": "TLS", "encrypted_media": "SRTP", "fqdns": [""]},
          {"id": "x"},
          5
        ]}
        """);

        Assert.False(result.Loaded);
        var pointers = result.Errors.Select(e => e.Pointer).ToList();
        Assert.Contains("/ip_connections/1/inbound/timeout_1xx_secs", pointers);
        Assert.Contains("/ip_connections/1/unknown", pointers);
        Assert.Contains("/ip_connections/2/encrypted_media", pointers);
        Assert.Contains("/ip_connections/2/fqdns", pointers); // IP connections have no FQDNs: an unknown field
        Assert.Contains("/ip_connections/3/id", pointers);
        Assert.Contains("/ip_connections/4", pointers);
        Assert.Empty((await app.BearerClient("KEY_alice").ListAsync())["data"]!.AsArray());
    }

    private async Task<FixtureResult> LoadAsync(string json)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FixtureLoader>().LoadAsync(JsonNode.Parse(json), null, CancellationToken.None);
    }

    /// <summary>A fixed id replaced whatever row held it, another account's too: that account lost its connection.</summary>
    [Fact]
    public async Task Load_AFixedIdOfAnotherAccountsConnection_IsRefused_AndLeavesItAlone()
    {
        var control = app.CreateClient();
        await Control.MockControl.LoadFixturesAsync(control, """{"account": "KEY_bob", "ip_connections": [{"id": "1000000000000000009", "connection_name": "bobs"}]}""");

        var response = await control.PostJsonAsync("/_mock/fixtures", """{"account": "KEY_alice", "ip_connections": [{"id": "1000000000000000009", "connection_name": "alices"}]}""");

        await Control.MockControl.ExpectPointerAsync(response, 422, "/ip_connections/0/id");
        Assert.Equal(["bobs"], (await app.BearerClient("KEY_bob").ListAsync()).Names());
        Assert.Empty((await app.BearerClient("KEY_alice").ListAsync())["data"]!.AsArray());
    }
}
