using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>
/// <c>/v2/phone_numbers</c>: numbers made by orders, retrieved, updated and deleted (answered as
/// <c>PhoneNumberDeletedDetailed</c>) by their account only; <c>connection_id</c> names any of the account's connections
/// and <c>connection_name</c> follows it; the reference's list filters and sorts.
/// </summary>
public sealed class PhoneNumberTests : IDisposable
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

    [Theory]
    [MemberData(nameof(ConnectionTypes))]
    public async Task Update_ConnectionId_MayNameAConnectionOfAnyType_AndNullUnassigns(string path)
    {
        var client = Client;
        var connection = await CreateConnectionAsync(client, path, "Main Trunk");
        await client.BuyAsync(N1);
        var id = (await client.NumberAsync(N1))["id"].Str();

        var assigned = (await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{id}", $$"""{"connection_id": "{{connection["id"].Str()}}"}""")).ExpectAsync(200))["data"]!;

        Assert.Equal(connection["id"].Str(), assigned["connection_id"].Str());
        Assert.Equal("Main Trunk", assigned["connection_name"].Str());
        Assert.Equal(connection["id"].Str(), (await client.GetOkAsync($"{NumberApi.Numbers}/{id}/voice"))["data"]!["connection_id"].Str());
        Assert.Equal([N1], (await client.GetOkAsync($"{NumberApi.Numbers}?filter[connection_id]={connection["id"].Str()}")).PhoneNumbers());

        var unassigned = (await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{id}", """{"connection_id": null}""")).ExpectAsync(200))["data"]!;

        Assert.Null(unassigned["connection_id"]);
        Assert.Null(unassigned["connection_name"]);
        Assert.True(unassigned.AsObject().ContainsKey("connection_id"));
        Assert.True(unassigned.AsObject().ContainsKey("connection_name"));
        Assert.Empty((await client.GetOkAsync($"{NumberApi.Numbers}?filter[connection_id]={connection["id"].Str()}"))["data"]!.AsArray());
    }

    [Theory]
    [InlineData("another account's connection")]
    [InlineData("made-up id")]
    [InlineData("leading zero")]
    [InlineData("deleted connection")]
    [InlineData("not digits")]
    public async Task Update_ConnectionIdNamingNoConnectionOfTheAccount_Is422AtConnectionId(string stranger)
    {
        var client = Client;
        var own = await client.CreateNamedAsync("own");
        await client.BuyAsync(N1);
        var before = await client.NumberAsync(N1);
        var value = stranger switch
        {
            "another account's connection" => (await app.BearerClient(Bob).CreateNamedAsync("bobs"))["id"].Str(),
            "made-up id" => "1234",
            "leading zero" => "0" + own["id"].Str(),
            "deleted connection" => await DeletedConnectionAsync(client),
            "not digits" => "trunk",
            _ => throw new ArgumentOutOfRangeException(nameof(stranger), stranger, null),
        };

        var errors = await (await client.PatchJsonAsync($"{NumberApi.Numbers}/{before["id"].Str()}", new JsonObject { ["connection_id"] = value }.ToJsonString()))
            .Expect422Async("/connection_id");

        Assert.Contains(value, errors[0]!["detail"].Str());
        Assert.True(JsonNode.DeepEquals(before, await client.NumberAsync(N1)));
    }

    [Theory]
    [MemberData(nameof(ConnectionTypes))]
    public async Task ConnectionName_FollowsARenameOfTheConnection_InEveryAnswer(string path)
    {
        var client = Client;
        var connection = await CreateConnectionAsync(client, path, "Old Name");
        var connectionId = connection["id"].Str();
        await client.OrderAsync(new JsonObject { ["phone_numbers"] = NumberApi.OrderOf(N1)["phone_numbers"]!.DeepClone(), ["connection_id"] = connectionId });
        var before = await client.NumberAsync(N1);
        Assert.Equal("Old Name", before["connection_name"].Str());

        await (await client.PatchJsonAsync($"{path}/{connectionId}", """{"connection_name": "New Name"}""")).ExpectAsync(200);

        var id = before["id"].Str();
        Assert.Equal("New Name", (await client.GetOkAsync($"{NumberApi.Numbers}/{id}"))["data"]!["connection_name"].Str());
        Assert.Equal("New Name", (await client.NumberAsync(N1))["connection_name"].Str());
        Assert.Equal([N1], (await client.GetOkAsync($"{NumberApi.Numbers}?filter[voice.connection_name][eq]=new%20name")).PhoneNumbers());
        Assert.Empty((await client.GetOkAsync($"{NumberApi.Numbers}?filter[voice.connection_name][contains]=old"))["data"]!.AsArray());
        Assert.Equal([N1], (await client.GetOkAsync($"{NumberApi.Numbers}/voice?filter[connection_name][contains]=new")).PhoneNumbers());
        Assert.Empty((await client.GetOkAsync($"{NumberApi.Numbers}/voice?filter[connection_name][contains]=old"))["data"]!.AsArray());
        Assert.Equal(connectionId, (await client.GetOkAsync($"{NumberApi.Numbers}/{id}"))["data"]!["connection_id"].Str());
    }

    [Theory]
    [MemberData(nameof(ConnectionTypes))]
    public async Task DeletingTheConnection_UnassignsItsNumbers_AndMovesTheirUpdatedAt(string path)
    {
        var client = Client;
        var doomed = await CreateConnectionAsync(client, path, "Doomed");
        var kept = await CreateConnectionAsync(client, path, "Kept");
        await client.OrderAsync(new JsonObject { ["phone_numbers"] = NumberApi.OrderOf(N1, N4)["phone_numbers"]!.DeepClone(), ["connection_id"] = doomed["id"].Str() });
        await client.OrderAsync(new JsonObject { ["phone_numbers"] = NumberApi.OrderOf(N2)["phone_numbers"]!.DeepClone(), ["connection_id"] = kept["id"].Str() });
        var before = await client.NumberAsync(N1);
        var other = await client.NumberAsync(N2);

        await (await client.DeleteAsync($"{path}/{doomed["id"].Str()}")).ExpectAsync(200);

        foreach (var e164 in new[] { N1, N4 })
        {
            var after = (await client.GetOkAsync($"{NumberApi.Numbers}/{(await client.NumberAsync(e164))["id"].Str()}"))["data"]!;
            Assert.Null(after["connection_id"]);
            Assert.Null(after["connection_name"]);
            Assert.True(after.AsObject().ContainsKey("connection_id"));
            Assert.True(after.AsObject().ContainsKey("connection_name"));
            Assert.True(after["updated_at"].IsAfter(before["updated_at"]), $"{e164}: {after["updated_at"]} is not after {before["updated_at"]}");
            Assert.Null((await client.GetOkAsync($"{NumberApi.Numbers}/{after["id"].Str()}/voice"))["data"]!["connection_id"]);
        }

        var n1 = await client.NumberAsync(N1);
        n1["connection_id"] = doomed["id"].Str();
        n1["connection_name"] = "Doomed";
        n1["updated_at"] = before["updated_at"]!.DeepClone();
        Assert.True(JsonNode.DeepEquals(before, n1), "only connection_id, connection_name and updated_at should change");
        Assert.True(JsonNode.DeepEquals(other, await client.NumberAsync(N2)));
        Assert.Empty((await client.GetOkAsync($"{NumberApi.Numbers}?filter[voice.connection_name][eq]=doomed"))["data"]!.AsArray());
    }

    public static TheoryData<string, string[]> Filters => new()
    {
        { "filter[connection_id]={ip}", [N1] },
        { "filter[connection_id]={credential}", [N3] },
        { "filter[connection_id]=1234", [] },
        { "filter[tag]=office", [N2, N1] },
        { "filter[tag]=vip", [N1] },
        { "filter[tag]=offi", [] },
        { "filter[phone_number]=970224", [N1] },
        { "filter[phone_number]=%2B1970224", [N1] },
        { "filter[phone_number]=%2B4420", [N2] },
        { "filter[phone_number]=0001", [N4, N3, N2, N1] },
        { "filter[phone_number]=123", [] },
        { "filter[phone_number]=abc", [] },
        { "filter[phone_number]=970-224", [] },
        { "filter[status]=active", [N4, N3, N2, N1] },
        { "filter[status]=deleted", [] },
        { "filter[country_iso_alpha2]=US", [N4, N3, N1] },
        { "filter[country_iso_alpha2]=GB", [N2] },
        { "filter[country_iso_alpha2]=US,GB", [N4, N3, N2, N1] },
        { "filter[country_iso_alpha2]=CA", [] },
        { "filter[voice.connection_name][eq]=office%20trunk", [N1] },
        { "filter[voice.connection_name][eq]=OFFICE%20TRUNK", [N1] },
        { "filter[voice.connection_name][eq]=office", [] },
        { "filter[voice.connection_name][contains]=TRUNK", [N4, N1] },
        { "filter[voice.connection_name][contains]=line", [N3] },
        { "filter[voice.connection_name][starts_with]=Offi", [N1] },
        { "filter[voice.connection_name][starts_with]=trunk", [] },
        { "filter[voice.connection_name][ends_with]=LINE", [N3] },
        { "filter[voice.connection_name][ends_with]=trunk", [N4, N1] },
        { "filter[voice.usage_payment_method]=channel", [N3] },
        { "filter[voice.usage_payment_method]=pay-per-minute", [N4, N2, N1] },
        { $"filter[billing_group_id]={BillingGroup}", [N1] },
        { "filter[billing_group_id]=null", [N4, N3, N2] },
        { "filter[customer_reference]=ref-a", [N1] },
        { "filter[customer_reference]=ref", [] },
        { "filter[number_type][eq]=toll_free", [N3] },
        { "filter[number_type][eq]=local", [N4, N2, N1] },
        { "filter[number_type][eq]=mobile", [] },
        { "filter[source]=purchased", [N4, N3, N2, N1] },
        { "filter[source]=ported", [] },
        { "filter[without_tags]=true", [N4, N3] },
        { "filter[without_tags]=false", [N4, N3, N2, N1] },
        { "filter[country_iso_alpha2]=US&filter[voice.connection_name][contains]=trunk", [N4, N1] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task List_Filter_MatchesItsNumbersOnly_NewestFirst(string query, string[] expected)
    {
        var (client, ip, credential) = await SeedAsync();
        query = query.Replace("{ip}", ip, StringComparison.Ordinal).Replace("{credential}", credential, StringComparison.Ordinal);

        var page = await client.GetOkAsync($"{NumberApi.Numbers}?{query}");

        Assert.Equal(expected, page.PhoneNumbers());
        Assert.Equal(expected.Length, page["meta"]!["total_results"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("filter[phone_number]=12", "/filter/phone_number")]
    [InlineData("filter[voice.connection_name][contains]=ab", "/filter/voice.connection_name/contains")]
    [InlineData("filter[voice.connection_name][starts_with]=ab", "/filter/voice.connection_name/starts_with")]
    [InlineData("filter[voice.connection_name][ends_with]=ab", "/filter/voice.connection_name/ends_with")]
    [InlineData("filter[status]=sleeping", "/filter/status")]
    [InlineData("filter[voice.usage_payment_method]=free", "/filter/voice.usage_payment_method")]
    [InlineData("filter[number_type][eq]=landline", "/filter/number_type/eq")]
    [InlineData("filter[source]=stolen", "/filter/source")]
    [InlineData("filter[connection_id]=abc", "/filter/connection_id")]
    [InlineData("sort=colour", "/sort")]
    [InlineData("page[size]=251", "/page/size")]
    public async Task List_BadParameter_Returns400AtItsPointer(string query, string pointer)
    {
        var response = await Client.GetAsync($"{NumberApi.Numbers}?{query}");

        var errors = await response.ExpectV2ErrorAsync(400, "10015", pointer);
        Assert.All(errors, e => Assert.Equal("Invalid parameter", e!["title"].Str()));
    }

    [Fact]
    public async Task List_FilterPhoneNumberOfTwoDigitsAfterAPlus_Returns400()
    {
        var response = await Client.GetAsync($"{NumberApi.Numbers}?filter[phone_number]=%2B12");

        await response.ExpectV2ErrorAsync(400, "10015", "/filter/phone_number");
    }

    [Theory]
    [InlineData("", new[] { N4, N3, N2, N1 })]
    [InlineData("sort=purchased_at", new[] { N1, N2, N3, N4 })]
    [InlineData("sort=-purchased_at", new[] { N4, N3, N2, N1 })]
    [InlineData("sort=phone_number", new[] { N4, N3, N1, N2 })]
    public async Task List_Sort_OrdersTheNumbers(string query, string[] expected)
    {
        var (client, _, _) = await SeedAsync();

        Assert.Equal(expected, (await client.GetOkAsync($"{NumberApi.Numbers}?{query}")).PhoneNumbers());
    }

    [Fact]
    public async Task List_SortByConnectionName_OrdersByTheConnectionsName()
    {
        var (client, _, _) = await SeedAsync();

        var numbers = (await client.GetOkAsync($"{NumberApi.Numbers}?sort=connection_name")).PhoneNumbers();

        Assert.Equal([N4, N3, N1], numbers.Where(n => n != N2));
        Assert.Contains(N2, numbers);
    }

    [Fact]
    public async Task List_SortByUsagePaymentMethod_PutsChannelFirst()
    {
        var (client, _, _) = await SeedAsync();

        var numbers = (await client.GetOkAsync($"{NumberApi.Numbers}?sort=usage_payment_method")).PhoneNumbers();

        Assert.Equal(N3, numbers[0]);
        Assert.Equal([N4, N1, N2], numbers.Skip(1).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_PageSize_Is20ByDefault_AndOnlyTheAccountsNumbers()
    {
        var client = Client;
        await client.BuyAsync([.. Enumerable.Range(0, 21).Select(i => $"+1303416{i:D4}")]);
        await app.BearerClient(Bob).BuyAsync(N1);

        var page = await client.GetOkAsync(NumberApi.Numbers);

        Assert.Equal(20, page["data"]!.AsArray().Count);
        Assert.DoesNotContain(N1, page.PhoneNumbers());
        var meta = """{"page_number": 1, "page_size": 20, "total_pages": 2, "total_results": 21}""";
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(meta), page["meta"]), page["meta"]!.ToJsonString());
        Assert.Single((await client.GetOkAsync($"{NumberApi.Numbers}?page[number]=2"))["data"]!.AsArray());
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
