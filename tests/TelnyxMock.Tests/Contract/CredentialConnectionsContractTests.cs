using TelnyxMock.Tests.V2;

namespace TelnyxMock.Tests.Contract;

/// <summary>Real responses of every /v2/credential_connections operation, checked against Telnyx's reference.</summary>
public sealed class CredentialConnectionsContractTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task EveryOperation_AndItsErrors_MatchTheReference()
    {
        var client = app.BearerClient();
        var profile = await client.CreateProfileAsync();
        var created = await (await client.PostJsonAsync("/v2/credential_connections",
            $$$"""{"connection_name": "c", "user_name": "contract1", "password": "password1", "outbound": {"outbound_voice_profile_id": "{{{profile}}}"}}""")).ExpectAsync(201);
        var id = created["data"]!["id"].Str();
        var item = "/credential_connections/{id}";

        await ReferenceSchemas.AssertMatchesAsync("/credential_connections", "post", "201", created);
        await ReferenceSchemas.AssertMatchesAsync("/credential_connections", "get", "200", await (await client.GetAsync("/v2/credential_connections")).ExpectAsync(200));
        await ReferenceSchemas.AssertMatchesAsync(item, "get", "200", await (await client.GetAsync($"/v2/credential_connections/{id}")).ExpectAsync(200));
        await ReferenceSchemas.AssertMatchesAsync(item, "patch", "200", await (await client.PatchJsonAsync($"/v2/credential_connections/{id}", """{"active": false}""")).ExpectAsync(200));
        await ReferenceSchemas.AssertMatchesAsync("/credential_connections/{id}/actions/check_registration_status", "post", "200",
            await (await client.PostAsync($"/v2/credential_connections/{id}/actions/check_registration_status", null)).ExpectAsync(200));
        await ReferenceSchemas.AssertMatchesAsync(item, "delete", "200", await (await client.DeleteAsync($"/v2/credential_connections/{id}")).ExpectAsync(200));

        await ReferenceSchemas.AssertMatchesAsync("/credential_connections", "post", "422", await (await client.PostJsonAsync("/v2/credential_connections", "{}")).ExpectAsync(422));
        await ReferenceSchemas.AssertMatchesAsync("/credential_connections", "get", "400", await (await client.GetAsync("/v2/credential_connections?page[size]=0")).ExpectAsync(400));
        await ReferenceSchemas.AssertMatchesAsync(item, "get", "404", await (await client.GetAsync("/v2/credential_connections/1")).ExpectAsync(404));
        await ReferenceSchemas.AssertMatchesAsync("/credential_connections", "post", "401", await (await app.CreateClient().PostJsonAsync("/v2/credential_connections", "{}")).ExpectAsync(401));
    }

    [Theory]
    [InlineData("CredentialConnection", "")]
    [InlineData("CredentialInbound", "inbound")]
    [InlineData("CredentialOutbound", "outbound")]
    public async Task Connection_HasEveryPropertyTheReferenceNames_AndNoOther(string schema, string member)
    {
        var created = await (await app.BearerClient().PostJsonAsync("/v2/credential_connections",
            """{"connection_name": "c", "user_name": "contract2", "password": "password1"}""")).ExpectAsync(201);
        var node = member.Length == 0 ? created["data"]! : created["data"]![member]!;

        var reference = ReferenceSchemas.Components[schema]!["properties"]!.AsObject().Select(p => p.Key).Order();
        Assert.Equal(reference, node.AsObject().Select(p => p.Key).Order());
    }
}
