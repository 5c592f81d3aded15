using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>
/// <c>/v2/phone_numbers</c>: numbers made by orders, retrieved, updated and deleted (answered as
/// <c>PhoneNumberDeletedDetailed</c>) by their account only; <c>connection_id</c> names any of the account's connections
/// and <c>connection_name</c> follows it; the reference's list filters and sorts.
/// </summary>
public sealed partial class PhoneNumberTests : IDisposable
{
    private const string Alice = "KEY_alice";
    private const string Bob = "KEY_bob";
    private const string IpConnections = "/v2/ip_connections";
    private const string CredentialConnections = "/v2/credential_connections";
    private const string FqdnConnections = "/v2/fqdn_connections";
    private const string BillingGroup = "dc8e4d67-33a0-4cbb-af74-7b58f05bd494";

    private const string N1 = "+19702240001";
    private const string N2 = "+442079460001";
    private const string N3 = "+18883390001";
    private const string N4 = "+13034160001";

    private readonly TelnyxMockApplication app = new();
    private int users;

    public void Dispose() => app.Dispose();

    private HttpClient Client => app.BearerClient(Alice);

    public static TheoryData<string> ConnectionTypes => [IpConnections, CredentialConnections, FqdnConnections];

    [Fact]
    public async Task Post_IsNotAnOperation_Returns405()
    {
        var response = await Client.PostJsonAsync(NumberApi.Numbers, """{"phone_number": "+19702240001"}""");

        var body = await response.ExpectAsync(405);
        Assert.Equal("Method not allowed", body["errors"]![0]!["title"].Str());
        Assert.Equal(0, await Client.TotalAsync(NumberApi.Numbers));
    }

    [Fact]
    public async Task Retrieve_GivesTheNumberAsListed()
    {
        await Client.BuyAsync(N1);
        var listed = await Client.NumberAsync(N1);

        var read = (await Client.GetOkAsync($"{NumberApi.Numbers}/{listed["id"].Str()}"))["data"]!;

        Assert.True(JsonNode.DeepEquals(listed, read), read.ToJsonString());
        Assert.Matches("^[1-9][0-9]*$", read["id"].Str());
        Assert.Equal(N1, read["phone_number"].Str());
        Assert.Equal(read["created_at"].Str(), read["purchased_at"].Str());
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("PATCH", "")]
    [InlineData("DELETE", "")]
    [InlineData("GET", "/voice")]
    [InlineData("PATCH", "/voice")]
    public async Task AnotherAccountsNumber_Returns404_AndIsLeftAlone(string method, string suffix)
    {
        var bob = app.BearerClient(Bob);
        await bob.BuyAsync(N1);
        var bobs = await bob.NumberAsync(N1);
        var url = $"{NumberApi.Numbers}/{bobs["id"].Str()}{suffix}";
        var body = suffix.Length == 0 ? """{"customer_reference": "stolen"}""" : """{"tech_prefix_enabled": true}""";

        var response = method switch
        {
            "GET" => await Client.GetAsync(url),
            "PATCH" => await Client.PatchJsonAsync(url, body),
            _ => await Client.DeleteAsync(url),
        };

        await response.ExpectV2ErrorAsync(404, "10005");
        Assert.True(JsonNode.DeepEquals(bobs, await bob.NumberAsync(N1)));
        Assert.False((await bob.GetOkAsync($"{NumberApi.Numbers}/{bobs["id"].Str()}/voice"))["data"]!["tech_prefix_enabled"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("1293384261075731499")]
    [InlineData("abc")]
    [InlineData("12ade33a-21c0-473b-b055-b3c836e1c292")]
    public async Task UnknownId_Returns404(string id)
    {
        await Client.BuyAsync(N1);

        await (await Client.GetAsync($"{NumberApi.Numbers}/{id}")).ExpectV2ErrorAsync(404, "10005");
        await (await Client.PatchJsonAsync($"{NumberApi.Numbers}/{id}", """{"customer_reference": "x"}""")).ExpectV2ErrorAsync(404, "10005");
        await (await Client.DeleteAsync($"{NumberApi.Numbers}/{id}")).ExpectV2ErrorAsync(404, "10005");
    }

    [Fact]
    public async Task Delete_AnswersTheNumberAsDeleted_WithoutFourFields_ThenItIsGone()
    {
        var client = Client;
        var connection = await client.CreateNamedAsync("trunk");
        await client.OrderAsync(new JsonObject { ["phone_numbers"] = NumberApi.OrderOf(N1)["phone_numbers"]!.DeepClone(), ["connection_id"] = connection["id"].Str() });
        var number = await client.NumberAsync(N1);
        var id = number["id"].Str();

        var deleted = (await (await client.DeleteAsync($"{NumberApi.Numbers}/{id}")).ExpectAsync(200))["data"]!.AsObject();

        Assert.Equal("deleted", deleted["status"].Str());
        foreach (var gone in new[] { "country_iso_alpha2", "emergency_status", "inbound_call_screening", "source_type" })
        {
            Assert.False(deleted.ContainsKey(gone), $"{gone} is not a field of PhoneNumberDeletedDetailed");
        }

        var expected = number.DeepClone().AsObject();
        foreach (var gone in new[] { "country_iso_alpha2", "emergency_status", "inbound_call_screening", "source_type" })
        {
            expected.Remove(gone);
        }

        expected["status"] = "deleted";
        Assert.Equal(expected.Select(p => p.Key).Order(StringComparer.Ordinal), deleted.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.True(JsonNode.DeepEquals(expected, deleted), deleted.ToJsonString());
        Assert.Equal(id, deleted["id"].Str());
        Assert.Equal("trunk", deleted["connection_name"].Str());
        await (await client.GetAsync($"{NumberApi.Numbers}/{id}")).ExpectV2ErrorAsync(404, "10005");
        await (await client.GetAsync($"{NumberApi.Numbers}/{id}/voice")).ExpectV2ErrorAsync(404, "10005");
        await (await client.DeleteAsync($"{NumberApi.Numbers}/{id}")).ExpectV2ErrorAsync(404, "10005");
        Assert.Equal(0, await client.TotalAsync(NumberApi.Numbers));
    }

    [Fact]
    public async Task Update_WritableFields_AreKept_AndMoveUpdatedAt()
    {
        var client = Client;
        await client.BuyAsync(N1);
        var before = await client.NumberAsync(N1);
        var id = before["id"].Str();

        var updated = (await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{id}", $$"""
            {"customer_reference": "office-line", "tags": ["office", "vip line"], "external_pin": "1234", "hd_voice_enabled": true,
             "billing_group_id": "{{BillingGroup}}"}
            """)).ExpectAsync(200))["data"]!;

        Assert.Equal("office-line", updated["customer_reference"].Str());
        Assert.Equal(["office", "vip line"], updated["tags"]!.AsArray().Select(t => t.Str()));
        Assert.Equal("1234", updated["external_pin"].Str());
        Assert.True(updated["hd_voice_enabled"]!.GetValue<bool>());
        Assert.Equal(BillingGroup, updated["billing_group_id"].Str());
        Assert.True(updated["updated_at"].IsAfter(before["updated_at"]), $"{updated["updated_at"]} is not after {before["updated_at"]}");
        Assert.Equal(before["created_at"].Str(), updated["created_at"].Str());
        Assert.True(JsonNode.DeepEquals(updated, (await client.GetOkAsync($"{NumberApi.Numbers}/{id}"))["data"]));

        var cleared = (await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{id}", """{"billing_group_id": null, "tags": []}""")).ExpectAsync(200))["data"]!;
        Assert.Null(cleared["billing_group_id"]);
        Assert.True(cleared.AsObject().ContainsKey("billing_group_id"));
        Assert.Empty(cleared["tags"]!.AsArray());
        Assert.Equal("office-line", cleared["customer_reference"].Str());
        Assert.Equal("1234", cleared["external_pin"].Str());
    }

    [Fact]
    public async Task Update_AddressId_IsAccepted_AndNeverAnswered()
    {
        var client = Client;
        await client.BuyAsync(N1);
        var id = (await client.NumberAsync(N1))["id"].Str();

        var updated = (await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{id}", """{"address_id": "dc8f39ac-953d-4520-b93b-786ae87db0da"}""")).ExpectAsync(200))["data"]!;

        Assert.False(updated.AsObject().ContainsKey("address_id"));
        Assert.False((await client.GetOkAsync($"{NumberApi.Numbers}/{id}"))["data"]!.AsObject().ContainsKey("address_id"));
        Assert.False((await client.NumberAsync(N1)).AsObject().ContainsKey("address_id"));
    }

    [Theory]
    [InlineData("""{"tags": ["a", "a"]}""", new[] { "/tags" })]
    [InlineData("""{"tags": ["ok", "bad\u0001tag"]}""", new[] { "/tags/1" })]
    [InlineData("""{"tags": "office"}""", new[] { "/tags" })]
    [InlineData("""{"billing_group_id": "group-1"}""", new[] { "/billing_group_id" })]
    [InlineData("""{"hd_voice_enabled": "yes"}""", new[] { "/hd_voice_enabled" })]
    [InlineData("""{"customer_reference": 5}""", new[] { "/customer_reference" })]
    [InlineData("""{"external_pin": 1234}""", new[] { "/external_pin" })]
    [InlineData("""{"tags": ["a", "a"], "billing_group_id": "group-1", "hd_voice_enabled": "yes", "connection_id": "1234"}""",
        new[] { "/tags", "/billing_group_id", "/hd_voice_enabled", "/connection_id" })]
    public async Task Update_BadFields_Are422AtTheirPointers_AndChangeNothing(string patch, string[] pointers)
    {
        var client = Client;
        await client.BuyAsync(N1);
        var before = await client.NumberAsync(N1);

        await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{before["id"].Str()}", patch)).Expect422Async(pointers);

        Assert.True(JsonNode.DeepEquals(before, await client.NumberAsync(N1)));
    }

    /// <summary>
    /// Four numbers of Alice's, bought in this order: N1 (on "Office Trunk", an IP connection; ref-a; the billing group;
    /// tags office and vip), N2 (GB, unassigned, tag office), N3 (toll-free, on "Home Line", a credential connection;
    /// ref-c; billed per channel), N4 (on "Annex Trunk", an FQDN connection). Bob owns a number of his own.
    /// </summary>
    private async Task<(HttpClient Client, string Ip, string Credential)> SeedAsync()
    {
        var client = Client;
        var ip = (await CreateConnectionAsync(client, IpConnections, "Office Trunk"))["id"].Str();
        var credential = (await CreateConnectionAsync(client, CredentialConnections, "Home Line"))["id"].Str();
        var fqdn = (await CreateConnectionAsync(client, FqdnConnections, "Annex Trunk"))["id"].Str();
        await BuyWithAsync(client, N1, new JsonObject { ["connection_id"] = ip, ["customer_reference"] = "ref-a", ["billing_group_id"] = BillingGroup });
        await BuyWithAsync(client, N2, []);
        await BuyWithAsync(client, N3, new JsonObject { ["connection_id"] = credential, ["customer_reference"] = "ref-c" });
        await BuyWithAsync(client, N4, new JsonObject { ["connection_id"] = fqdn });
        await PatchAsync(client, N1, """{"tags": ["office", "vip"]}""");
        await PatchAsync(client, N2, """{"tags": ["office"]}""");
        var n3 = (await client.NumberAsync(N3))["id"].Str();
        await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{n3}/voice", """{"usage_payment_method": "channel"}""")).ExpectAsync(200);
        var bob = app.BearerClient(Bob);
        await bob.OrderAsync(new JsonObject
        {
            ["phone_numbers"] = NumberApi.OrderOf("+19702240099")["phone_numbers"]!.DeepClone(),
            ["connection_id"] = (await bob.CreateNamedAsync("Office Trunk"))["id"].Str(),
            ["customer_reference"] = "ref-a",
        });
        return (client, ip, credential);
    }

    private static async Task BuyWithAsync(HttpClient client, string e164, JsonObject fields)
    {
        fields["phone_numbers"] = NumberApi.OrderOf(e164)["phone_numbers"]!.DeepClone();
        await client.OrderAsync(fields);
        await Task.Delay(5);
    }

    private static async Task PatchAsync(HttpClient client, string e164, string patch)
    {
        var id = (await client.NumberAsync(e164))["id"].Str();
        await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{id}", patch)).ExpectAsync(200);
    }

    /// <summary>Creates a connection of the type at <paramref name="path"/> (a credential connection needs a user name of its own and a password).</summary>
    private async Task<JsonNode> CreateConnectionAsync(HttpClient client, string path, string name)
    {
        var body = new JsonObject { ["connection_name"] = name };
        if (path == CredentialConnections)
        {
            body["user_name"] = $"numbers{++users:D4}";
            body["password"] = "password1";
        }

        return (await (await client.PostJsonAsync(path, body.ToJsonString())).ExpectAsync(201))["data"]!;
    }

    private static async Task<string> DeletedConnectionAsync(HttpClient client)
    {
        var id = (await client.CreateNamedAsync("gone"))["id"].Str();
        await (await client.DeleteAsync($"{IpConnections}/{id}")).ExpectAsync(200);
        return id;
    }
}
