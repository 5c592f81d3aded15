using System.Text.Json.Nodes;
using TelnyxMock.Tests.Control;

namespace TelnyxMock.Tests.V2;

/// <summary>Number order updates, lists and the connection they name.</summary>
public sealed partial class NumberOrderTests
{
    [Fact]
    public async Task Update_CustomerReference_IsKept_AndMovesUpdatedAtOnly()
    {
        var order = await Client.BuyAsync("+19702240001");
        var id = order["id"].Str();

        var updated = (await (await Client.PatchJsonAsync($"{NumberApi.Orders}/{id}", """{"customer_reference": "MY REF 002"}""")).ExpectAsync(200))["data"]!;

        Assert.Equal("MY REF 002", updated["customer_reference"].Str());
        Assert.True(updated["updated_at"].IsAfter(order["updated_at"]), $"{updated["updated_at"]} is not after {order["updated_at"]}");
        Assert.Equal(order["created_at"].Str(), updated["created_at"].Str());
        Assert.True(JsonNode.DeepEquals(order["phone_numbers"], updated["phone_numbers"]));
        Assert.True(JsonNode.DeepEquals(updated, (await Client.GetOkAsync($"{NumberApi.Orders}/{id}"))["data"]));
    }

    [Fact]
    public async Task Update_RegulatoryRequirements_AreAccepted_AndNotAnswered()
    {
        var order = await Client.BuyAsync("+19702240001");
        var id = order["id"].Str();

        var response = await Client.PatchJsonAsync($"{NumberApi.Orders}/{id}",
            """{"regulatory_requirements": [{"requirement_id": "8ffb3622-7c6b-4ccc-b65f-7a3dc0099576", "field_value": "45f45a04-b4be-4592-95b1-9306b9db2b21"}]}""");

        var updated = (await response.ExpectAsync(200))["data"]!;
        Assert.False(updated.AsObject().ContainsKey("regulatory_requirements"));
        Assert.True(JsonNode.DeepEquals(order["phone_numbers"], updated["phone_numbers"]));
        Assert.False((await Client.GetOkAsync($"{NumberApi.Orders}/{id}"))["data"]!.AsObject().ContainsKey("regulatory_requirements"));
    }

    [Theory]
    [InlineData("""{"regulatory_requirements": [{"requirement_id": "requirement-1", "field_value": "x"}]}""", "/regulatory_requirements/0/requirement_id")]
    [InlineData("""{"regulatory_requirements": [{"field_value": "x"}]}""", "/regulatory_requirements/0/requirement_id")]
    [InlineData("""{"regulatory_requirements": [{"requirement_id": "8ffb3622-7c6b-4ccc-b65f-7a3dc0099576"}]}""", "/regulatory_requirements/0/field_value")]
    [InlineData("""{"customer_reference": 5}""", "/customer_reference")]
    public async Task Update_BadField_Is422AtItsPointer_AndChangesNothing(string patch, string pointer)
    {
        var order = await Client.BuyAsync("+19702240001");
        var id = order["id"].Str();

        await (await Client.PatchJsonAsync($"{NumberApi.Orders}/{id}", patch)).Expect422Async(pointer);

        Assert.True(JsonNode.DeepEquals(order, (await Client.GetOkAsync($"{NumberApi.Orders}/{id}"))["data"]));
    }

    [Fact]
    public async Task Update_PhoneNumbers_IsNotAnUpdateField_AndIsIgnored()
    {
        var order = await Client.BuyAsync("+19702240001");
        var id = order["id"].Str();

        var updated = (await (await Client.PatchJsonAsync($"{NumberApi.Orders}/{id}",
            """{"customer_reference": "kept", "phone_numbers": [{"phone_number": "+19702240002"}]}""")).ExpectAsync(200))["data"]!;

        Assert.Equal("kept", updated["customer_reference"].Str());
        Assert.True(JsonNode.DeepEquals(order["phone_numbers"], updated["phone_numbers"]));
        Assert.Equal(1, updated["phone_numbers_count"].Int());
        Assert.Equal(["+19702240001"], (await Client.GetOkAsync(NumberApi.Numbers)).PhoneNumbers());
    }

    [Fact]
    public async Task Update_PhoneNumbersInStrictMode_Is422NamingIt()
    {
        using var strict = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:Strict"] = "true" });
        var client = strict.BearerClient(Alice);
        var order = await client.BuyAsync("+19702240001");
        var id = order["id"].Str();

        await (await client.PatchJsonAsync($"{NumberApi.Orders}/{id}", """{"customer_reference": "x", "phone_numbers": [{"phone_number": "+19702240002"}]}"""))
            .Expect422Async("/phone_numbers");

        Assert.True(JsonNode.DeepEquals(order, (await client.GetOkAsync($"{NumberApi.Orders}/{id}"))["data"]));
    }

    [Fact]
    public async Task List_Filters_MatchTheirOrdersOnly()
    {
        var client = Client;
        var first = await client.OrderAsync(With(NumberApi.OrderOf("+19702240001"), "customer_reference", "first"));
        await Task.Delay(5);
        var second = await client.OrderAsync(With(NumberApi.OrderOf("+19702240002", "+19702240003"), "customer_reference", "second"));
        await Task.Delay(5);
        var third = await client.OrderAsync(With(NumberApi.OrderOf("+19702240004"), "customer_reference", "third"));
        await app.BearerClient(Bob).OrderAsync(With(NumberApi.OrderOf("+19702240005"), "customer_reference", "first"));

        Assert.Equal(new[] { third, second, first }.Select(o => o["id"].Str()), (await client.GetOkAsync(NumberApi.Orders)).Ids());
        Assert.Equal(3, await client.TotalAsync($"{NumberApi.Orders}?filter[status]=success"));
        Assert.Equal(0, await client.TotalAsync($"{NumberApi.Orders}?filter[status]=pending"));
        Assert.Equal(0, await client.TotalAsync($"{NumberApi.Orders}?filter[status]=failure"));
        Assert.Equal([first["id"].Str()], (await client.GetOkAsync($"{NumberApi.Orders}?filter[customer_reference]=first")).Ids());
        Assert.Empty((await client.GetOkAsync($"{NumberApi.Orders}?filter[customer_reference]=fir"))["data"]!.AsArray());
        Assert.Equal([second["id"].Str()], (await client.GetOkAsync($"{NumberApi.Orders}?filter[phone_numbers_count]=2")).Ids());
        Assert.Equal([third["id"].Str(), first["id"].Str()], (await client.GetOkAsync($"{NumberApi.Orders}?filter[phone_numbers_count]=1")).Ids());
        Assert.Equal(3, await client.TotalAsync($"{NumberApi.Orders}?filter[requirements_met]=true"));
        Assert.Equal(0, await client.TotalAsync($"{NumberApi.Orders}?filter[requirements_met]=false"));
        Assert.Equal([third["id"].Str(), second["id"].Str()], (await client.GetOkAsync($"{NumberApi.Orders}?filter[created_at][gt]={first["created_at"].Str()}")).Ids());
        Assert.Equal([second["id"].Str(), first["id"].Str()], (await client.GetOkAsync($"{NumberApi.Orders}?filter[created_at][lt]={third["created_at"].Str()}")).Ids());
        Assert.Equal([second["id"].Str()],
            (await client.GetOkAsync($"{NumberApi.Orders}?filter[created_at][gt]={first["created_at"].Str()}&filter[created_at][lt]={third["created_at"].Str()}")).Ids());
        Assert.Equal(3, await client.TotalAsync($"{NumberApi.Orders}?filter[created_at][gt]=2020-01-01T00:00:00Z"));
        Assert.Equal(0, await client.TotalAsync($"{NumberApi.Orders}?filter[created_at][lt]=2020-01-01T00:00:00Z"));
    }

    [Theory]
    [InlineData("filter[created_at][gt]=yesterday", "/filter/created_at/gt")]
    [InlineData("filter[created_at][lt]=2026-13-45", "/filter/created_at/lt")]
    [InlineData("filter[status]=done", "/filter/status")]
    [InlineData("filter[phone_numbers_count]=two", "/filter/phone_numbers_count")]
    [InlineData("filter[requirements_met]=maybe", "/filter/requirements_met")]
    [InlineData("page[size]=0", "/page/size")]
    public async Task List_BadParameter_Returns400AtItsPointer(string query, string pointer)
    {
        var response = await Client.GetAsync($"{NumberApi.Orders}?{query}");

        var errors = await response.ExpectV2ErrorAsync(400, "10015", pointer);
        Assert.All(errors, e => Assert.Equal("Invalid parameter", e!["title"].Str()));
    }

    [Fact]
    public async Task List_PageSize_Is20ByDefault()
    {
        var client = Client;
        for (var i = 0; i < 21; i++)
        {
            await client.BuyAsync($"+1303416{i:D4}");
        }

        var page = await client.GetOkAsync(NumberApi.Orders);

        Assert.Equal(20, page["data"]!.AsArray().Count);
        var meta = """{"page_number": 1, "page_size": 20, "total_pages": 2, "total_results": 21}""";
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(meta), page["meta"]), page["meta"]!.ToJsonString());
    }

    [Fact]
    public async Task DeletingTheConnection_ClearsTheOrdersConnectionId_AndMovesItsUpdatedAt()
    {
        var client = Client;
        var doomed = await client.CreateNamedAsync("doomed");
        var kept = await client.CreateNamedAsync("kept");
        var order = await client.OrderAsync(With(NumberApi.OrderOf("+19702240001"), "connection_id", doomed["id"].Str()));
        var other = await client.OrderAsync(With(NumberApi.OrderOf("+19702240002"), "connection_id", kept["id"].Str()));

        await (await client.DeleteAsync($"{V2Api.Path}/{doomed["id"].Str()}")).ExpectAsync(200);

        var after = (await client.GetOkAsync($"{NumberApi.Orders}/{order["id"].Str()}"))["data"]!;
        Assert.Null(after["connection_id"]);
        Assert.True(after.AsObject().ContainsKey("connection_id"));
        Assert.True(after["updated_at"].IsAfter(order["updated_at"]), $"{after["updated_at"]} is not after {order["updated_at"]}");
        Assert.Equal(order["created_at"].Str(), after["created_at"].Str());
        after["connection_id"] = doomed["id"].Str();
        after["updated_at"] = order["updated_at"]!.DeepClone();
        Assert.True(JsonNode.DeepEquals(order, after), after.ToJsonString());
        Assert.True(JsonNode.DeepEquals(other, (await client.GetOkAsync($"{NumberApi.Orders}/{other["id"].Str()}"))["data"]));
    }
}
