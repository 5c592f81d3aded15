using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V1;

public sealed class UpdateDeleteConnectionTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Update_ChangesOnlyTheFieldsSent()
    {
        var client = app.V1Client();
        var created = await client.CreateAsync("""{"connection_name": "Office", "timeout_1xx": "7", "sip_region": "Europe", "encrypted_media": "SRTP"}""");
        var id = created["id"].Str();

        var updated = await (await client.PutJsonAsync($"{V1Api.Path}/{id}", """{"active": false, "timeout_2xx": 120}""")).ExpectAsync(200);

        foreach (var (key, value) in created.AsObject())
        {
            var expected = key switch { "active" => JsonValue.Create(false), "timeout_2xx" => JsonValue.Create("120"), _ => value };
            Assert.True(JsonNode.DeepEquals(expected, updated[key]), $"{key}: expected {expected?.ToJsonString()}, got {updated[key]?.ToJsonString()}");
        }

        var fetched = await (await client.GetAsync($"{V1Api.Path}/{id}")).ExpectAsync(200);
        Assert.True(JsonNode.DeepEquals(updated, fetched));
    }

    [Fact]
    public async Task Update_NullClearsANullableField_AndLeavingItOutKeepsIt()
    {
        var client = app.V1Client();
        var id = (await client.CreateAsync("""{"connection_name": "x", "encrypted_media": "SRTP", "outbound_localization": "US"}"""))["id"].Str();

        var updated = await (await client.PutJsonAsync($"{V1Api.Path}/{id}", """{"encrypted_media": null}""")).ExpectAsync(200);

        Assert.Null(updated["encrypted_media"]);
        Assert.Equal("US", updated["outbound_localization"].Str());
    }

    [Fact]
    public async Task Update_TlsOnAConnectionWithStoredSrtp_Returns400AndKeepsTheConnection()
    {
        var client = app.V1Client();
        var created = await client.CreateAsync("""{"connection_name": "x", "encrypted_media": "SRTP"}""");
        var id = created["id"].Str();

        await (await client.PutJsonAsync($"{V1Api.Path}/{id}", """{"transport_protocol": "TLS"}""")).ExpectV1ErrorAsync(400, "encrypted_media");

        var fetched = await (await client.GetAsync($"{V1Api.Path}/{id}")).ExpectAsync(200);
        Assert.True(JsonNode.DeepEquals(created, fetched));
    }

    [Fact]
    public async Task Update_TlsTogetherWithClearingEncryption_IsAccepted()
    {
        var client = app.V1Client();
        var id = (await client.CreateAsync("""{"connection_name": "x", "encrypted_media": "SRTP"}"""))["id"].Str();

        var updated = await (await client.PutJsonAsync($"{V1Api.Path}/{id}", """{"transport_protocol": "TLS", "encrypted_media": null}""")).ExpectAsync(200);

        Assert.Equal("TLS", updated["transport_protocol"].Str());
    }

    [Theory]
    [InlineData("""{"connection_name": ""}""", "connection_name")]
    [InlineData("""{"connection_name": null}""", "connection_name")]
    [InlineData("""{"timeout_1xx": "0"}""", "timeout_1xx")]
    [InlineData("""{"default_primary_authorized_ip_id": 12}""", "default_primary_authorized_ip_id")]
    public async Task Update_BreakingARule_Returns400AndChangesNothing(string body, string field)
    {
        var client = app.V1Client();
        var created = await client.CreateNamedAsync("Office");
        var id = created["id"].Str();

        await (await client.PutJsonAsync($"{V1Api.Path}/{id}", body)).ExpectV1ErrorAsync(400, field);

        Assert.True(JsonNode.DeepEquals(created, await (await client.GetAsync($"{V1Api.Path}/{id}")).ExpectAsync(200)));
    }

    [Fact]
    public async Task Update_EmptyObject_KeepsEverything()
    {
        var client = app.V1Client();
        var created = await client.CreateNamedAsync("Office");

        var updated = await (await client.PutJsonAsync($"{V1Api.Path}/{created["id"].Str()}", "{}")).ExpectAsync(200);

        Assert.True(JsonNode.DeepEquals(created, updated));
    }

    [Fact]
    public async Task Delete_RemovesTheConnection()
    {
        var client = app.V1Client();
        var id = (await client.CreateNamedAsync("Office"))["id"].Str();

        var deleted = await (await client.DeleteAsync($"{V1Api.Path}/{id}")).ExpectAsync(200);

        Assert.True(deleted["success"]!.GetValue<bool>());
        Assert.Equal("Connection deleted", deleted["message"].Str());
        await (await client.GetAsync($"{V1Api.Path}/{id}")).ExpectAsync(404);
        await (await client.DeleteAsync($"{V1Api.Path}/{id}")).ExpectAsync(404);
        Assert.Empty(await client.ListAsync());
    }

    [Theory]
    [InlineData("123")]
    [InlineData("9223372036854775807")]
    [InlineData("99999999999999999999999")]
    [InlineData("abc")]
    [InlineData("-5")]
    [InlineData("1%27%20OR%201%3D1")]
    [InlineData("%E2%98%83")]
    public async Task UnknownOrMalformedId_Returns404OnEveryOperation(string id)
    {
        var client = app.V1Client();
        await client.CreateNamedAsync("Office");

        foreach (var response in new[]
        {
            await client.GetAsync($"{V1Api.Path}/{id}"),
            await client.PutJsonAsync($"{V1Api.Path}/{id}", """{"active": false}"""),
            await client.DeleteAsync($"{V1Api.Path}/{id}"),
        })
        {
            var body = await response.ExpectAsync(404);
            Assert.Equal("""{"success":false,"message":"Connection not found"}""", body.ToJsonString());
        }

        Assert.Single(await client.ListAsync());
    }
}
