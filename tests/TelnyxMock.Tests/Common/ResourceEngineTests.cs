using System.Text.Json.Nodes;
using TelnyxMock.Tests.V2;

namespace TelnyxMock.Tests.Common;

/// <summary>
/// What the resource engine does the same way for every resource, through HTTP: the stored document is what every
/// operation answers (same fields, same order), fields only the mock writes cannot be written, list items are named by
/// index, and values are kept in one spelling.
/// </summary>
public sealed class ResourceEngineTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task V2_CreateRetrieveListUpdateDelete_AnswerTheSameDocument_InTheSameFieldOrder()
    {
        var client = app.BearerClient();
        var created = (await (await client.PostJsonAsync("/v2/ip_connections", """{"connection_name": "order", "tags": ["a"]}""")).ExpectAsync(201))["data"]!;
        var id = created["id"].Str();

        var retrieved = (await (await client.GetAsync($"/v2/ip_connections/{id}")).ExpectAsync(200))["data"]!;
        var listed = (await (await client.GetAsync("/v2/ip_connections")).ExpectAsync(200))["data"]![0]!;
        var updated = (await (await client.PatchJsonAsync($"/v2/ip_connections/{id}", "{}")).ExpectAsync(200))["data"]!;
        var deleted = (await (await client.DeleteAsync($"/v2/ip_connections/{id}")).ExpectAsync(200))["data"]!;

        var keys = Keys(created);
        Assert.Equal(["id", "record_type", "active"], keys.Take(3));
        foreach (var other in new[] { retrieved, listed, updated, deleted })
        {
            Assert.Equal(keys, Keys(other));
            Assert.Equal(Keys(created["inbound"]!), Keys(other["inbound"]!));
        }

        Assert.Equal(created.ToJsonString(), retrieved.ToJsonString());
        Assert.Equal(retrieved.ToJsonString(), listed.ToJsonString());
        Assert.Equal(updated.ToJsonString(), deleted.ToJsonString());
    }

    [Fact]
    public async Task V1_CreateRetrieveListUpdate_AnswerTheSameDocument()
    {
        var client = app.V1Client();
        var created = await (await client.PostJsonAsync("/security/connections", """{"connection_name": "order"}""")).ExpectAsync(200);
        var id = created["id"].Str();

        var retrieved = await (await client.GetAsync($"/security/connections/{id}")).ExpectAsync(200);
        var listed = (await (await client.GetAsync("/security/connections")).ExpectAsync(200))[0]!;

        Assert.Equal(["id", "connection_name", "tech_prefix", "authentication_type", "active"], Keys(created).Take(5));
        Assert.Equal(created.ToJsonString(), retrieved.ToJsonString());
        Assert.Equal(created.ToJsonString(), listed.ToJsonString());
    }

    [Theory]
    [InlineData("id")]
    [InlineData("record_type")]
    [InlineData("created_at")]
    [InlineData("updated_at")]
    public async Task V2_FieldsOnlyTheMockWrites_AreIgnored_AndUnknownInStrictMode(string field)
    {
        var client = app.BearerClient();
        var created = (await (await client.PostJsonAsync("/v2/ip_connections", $$"""{"{{field}}": "2001-01-01T00:00:00.000Z"}""")).ExpectAsync(201))["data"]!;
        Assert.NotEqual("2001-01-01T00:00:00.000Z", created[field].Str());

        using var strict = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:Strict"] = "true" });
        var response = await strict.BearerClient().PostJsonAsync("/v2/ip_connections", $$"""{"{{field}}": "x"}""");
        var error = Assert.Single(await response.Expect422Async("/" + field));
        Assert.Equal($"{field} is not a known field.", error!["detail"].Str());
    }

    [Fact]
    public async Task V1_ReadOnlyAuthenticationType_CannotBeWritten()
    {
        var client = app.V1Client();
        var created = await (await client.PostJsonAsync("/security/connections", """{"connection_name": "a", "authentication_type": 2, "forward_only": true}""")).ExpectAsync(200);

        Assert.Equal(1, created["authentication_type"]!.GetValue<int>());
        Assert.False(created["forward_only"]!.GetValue<bool>());
    }

    [Fact]
    public async Task ListItems_AreNamedByIndex_OnBothSurfaces()
    {
        var v2 = await app.BearerClient().PostJsonAsync("/v2/ip_connections", """{"inbound": {"codecs": ["G722", null]}, "tags": ["ok", " "]}""");
        var v2Errors = await v2.Expect422Async("/inbound/codecs/1", "/tags/1");
        Assert.Contains(v2Errors, e => e!["detail"].Str() == "codecs[1] must not be null.");
        Assert.Contains(v2Errors, e => e!["detail"].Str() == "tags[1] must not be blank.");

        var v1 = await app.V1Client().PostJsonAsync("/security/connections", """{"connection_name": "a", "codecs": ["G722", null]}""");
        Assert.Equal(400, (int)v1.StatusCode);
        Assert.Contains("codecs[1] must not be null.", await v1.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task V2_ProfileId_IsKeptInOneSpelling_WhateverItWasSentAs()
    {
        // A number naming one of the account's profiles is kept as its digits; ids are exact, so a padded spelling names none.
        var client = app.BearerClient();
        var profile = await client.CreateProfileAsync();
        var fromNumber = (await (await client.PostJsonAsync("/v2/ip_connections", $$$"""{"outbound": {"outbound_voice_profile_id": {{{profile}}}}}""")).ExpectAsync(201))["data"]!;
        var fromPadded = await client.PostJsonAsync("/v2/ip_connections", $$$"""{"outbound": {"outbound_voice_profile_id": "0{{{profile}}}"}}""");

        Assert.Equal(profile, fromNumber["outbound"]!["outbound_voice_profile_id"].Str());
        var errors = await fromPadded.Expect422Async("/outbound/outbound_voice_profile_id");
        Assert.Equal($"outbound_voice_profile_id must be the id of one of your outbound voice profiles, got '0{profile}'.", errors[0]!["detail"].Str());
        var filtered = await (await client.GetAsync($"/v2/ip_connections?filter[outbound_voice_profile_id]={profile}")).ExpectAsync(200);
        Assert.Equal(fromNumber["id"].Str(), Assert.Single(filtered["data"]!.AsArray())!["id"].Str());
        Assert.Single((await (await client.GetAsync("/v2/ip_connections")).ExpectAsync(200))["data"]!.AsArray());
    }

    [Fact]
    public async Task V2_PartialUpdate_KeepsEverySiblingAtEveryDepth()
    {
        var client = app.BearerClient();
        var created = (await (await client.PostJsonAsync("/v2/ip_connections",
            """{"connection_name": "keep", "inbound": {"sip_region": "Europe", "timeout_1xx_secs": 7}, "outbound": {"tech_prefix": "1234"}}""")).ExpectAsync(201))["data"]!;

        var updated = (await (await client.PatchJsonAsync($"/v2/ip_connections/{created["id"].Str()}", """{"inbound": {"timeout_1xx_secs": 8}}""")).ExpectAsync(200))["data"]!;

        Assert.Equal("keep", updated["connection_name"].Str());
        Assert.Equal("Europe", updated["inbound"]!["sip_region"].Str());
        Assert.Equal(8, updated["inbound"]!["timeout_1xx_secs"]!.GetValue<int>());
        Assert.Equal("1234", updated["outbound"]!["tech_prefix"].Str());
        Assert.Equal(created["created_at"].Str(), updated["created_at"].Str());
        Assert.True(string.CompareOrdinal(updated["updated_at"].Str(), created["updated_at"].Str()) > 0);
    }

    private static List<string> Keys(JsonNode node) => node.AsObject().Select(p => p.Key).ToList();
}
