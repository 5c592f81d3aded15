using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.V2;

/// <summary>A phone number's connection: assigning, renaming and deleting it.</summary>
public sealed partial class PhoneNumberTests
{
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
}
