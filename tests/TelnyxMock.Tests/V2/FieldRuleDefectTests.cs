using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>Field rules the reference states in its prose, and one failing field answered by one accurate entry.</summary>
public sealed class FieldRuleDefectTests : IDisposable
{
    private const string Credentials = "/v2/credential_connections";

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [InlineData("12345abc")]
    [InlineData("00000000")]
    [InlineData("99999z")]
    public async Task CredentialConnection_UserNameWithoutALetterInItsFirstFiveCharacters_Is422OnCreateAndUpdate(string userName)
    {
        var client = app.BearerClient();

        var created = await client.PostJsonAsync(Credentials, $$"""{"connection_name": "x", "user_name": "{{userName}}", "password": "password1"}""");
        var errors = await created.Expect422Async("/user_name");
        Assert.Equal($"user_name must have a letter among its first 5 characters, got '{userName}'.", errors[0]!["detail"].Str());

        var id = (await (await client.PostJsonAsync(Credentials, """{"connection_name": "x", "user_name": "1234a678", "password": "password1"}""")).ExpectAsync(201))["data"]!["id"].Str();
        await (await client.PatchJsonAsync($"{Credentials}/{id}", $$"""{"user_name": "{{userName}}"}""")).Expect422Async("/user_name");
        var stored = await (await client.GetAsync($"{Credentials}/{id}")).ExpectAsync(200);
        Assert.Equal("1234a678", stored["data"]!["user_name"].Str());
    }

    [Fact]
    public async Task Fqdn_TooLongButMadeOfValidLabels_IsOneErrorAboutItsLength()
    {
        var client = app.BearerClient();
        var connection = (await (await client.PostJsonAsync("/v2/fqdn_connections", """{"connection_name": "pbx"}""")).ExpectAsync(201))["data"]!["id"].Str();
        var fqdn = string.Join('.', Enumerable.Repeat(new string('a', 63), 4)) + ".b"; // 4 × 63 + 3 dots + 2 = 257
        Assert.Equal(257, fqdn.Length);

        var created = await client.PostJsonAsync("/v2/fqdns", new JsonObject { ["connection_id"] = connection, ["fqdn"] = fqdn, ["dns_record_type"] = "a" }.ToJsonString());
        var errors = await created.Expect422Async("/fqdn");
        Assert.Equal("fqdn must be at most 253 characters long, got 257.", errors.Single()!["detail"].Str());

        var id = (await (await client.PostJsonAsync("/v2/fqdns", $$"""{"connection_id": "{{connection}}", "fqdn": "sip.example.com", "dns_record_type": "a"}""")).ExpectAsync(201))["data"]!["id"].Str();
        var updated = await client.PatchJsonAsync($"/v2/fqdns/{id}", new JsonObject { ["fqdn"] = fqdn }.ToJsonString());
        Assert.Single(await updated.Expect422Async("/fqdn"));
    }
}
