using System.Text.Json.Nodes;
using TelnyxMock.Tests.Control;

namespace TelnyxMock.Tests.V2;

/// <summary>
/// Phone numbers in fixtures (<c>POST /_mock/fixtures</c>, section <c>phone_numbers</c>): a number with an optional
/// fixed id and its writable fields, whose <c>connection_id</c> may name a connection of the same document in any order;
/// a bad entry refuses the whole document with its pointer and stores nothing.
/// </summary>
public sealed class PhoneNumberFixtureTests : IDisposable
{
    private const string Numbers = """
        "phone_numbers": [
          {"id": "4000000000000000001", "phone_number": "+19702240001", "connection_id": "1000000000000000001",
           "customer_reference": "ref-a", "tags": ["office"], "billing_group_id": "dc8e4d67-33a0-4cbb-af74-7b58f05bd494"},
          {"id": "4000000000000000002", "phone_number": "+442079460001", "connection_id": "1000000000000000002"},
          {"phone_number": "+18883390001"}
        ]
        """;

    private const string Connections = """
        "ip_connections": [{"id": "1000000000000000001", "connection_name": "Office Trunk"}],
        "fqdn_connections": [{"id": "1000000000000000002", "connection_name": "Annex"}]
        """;

    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    private static string Document(bool numbersFirst) =>
        numbersFirst ? $$"""{"account": "KEY_alice", {{Numbers}}, {{Connections}}}""" : $$"""{"account": "KEY_alice", {{Connections}}, {{Numbers}}}""";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Load_NumbersNamingConnectionsOfTheDocument_InAnyOrder_AreListedWithTheirConnectionName(bool numbersFirst)
    {
        var result = await app.CreateClient().LoadFixturesAsync(Document(numbersFirst));

        Assert.Equal(3, result["counts"]!["phone_numbers"].Int());
        var client = app.BearerClient("KEY_alice");
        var first = await client.NumberAsync("+19702240001");
        Assert.Equal("4000000000000000001", first["id"].Str());
        Assert.Equal("1000000000000000001", first["connection_id"].Str());
        Assert.Equal("Office Trunk", first["connection_name"].Str());
        Assert.Equal("ref-a", first["customer_reference"].Str());
        Assert.Equal(["office"], first["tags"]!.AsArray().Select(t => t.Str()));
        Assert.Equal("dc8e4d67-33a0-4cbb-af74-7b58f05bd494", first["billing_group_id"].Str());
        Assert.Equal("active", first["status"].Str());
        Assert.Equal("US", first["country_iso_alpha2"].Str());
        Assert.Equal("local", first["phone_number_type"].Str());
        var second = (await client.GetOkAsync($"{NumberApi.Numbers}/4000000000000000002"))["data"]!;
        Assert.Equal("Annex", second["connection_name"].Str());
        Assert.Equal("GB", second["country_iso_alpha2"].Str());
        var third = await client.NumberAsync("+18883390001");
        Assert.Null(third["connection_id"]);
        Assert.Null(third["connection_name"]);
        Assert.Equal("toll_free", third["phone_number_type"].Str());
        Assert.Equal([second["phone_number"].Str()], (await client.GetOkAsync($"{NumberApi.Numbers}?filter[voice.connection_name][eq]=annex")).PhoneNumbers());
        Assert.Equal("voice_settings", (await client.GetOkAsync($"{NumberApi.Numbers}/4000000000000000001/voice"))["data"]!["record_type"].Str());
    }

    [Fact]
    public async Task Load_NumbersAreOwned_SoSearchNoLongerOffersThem_AndOrdersAreRefused()
    {
        await app.CreateClient().LoadFixturesAsync(Document(numbersFirst: true));
        var bob = app.BearerClient("KEY_bob");

        Assert.DoesNotContain("+19702240001", await bob.SearchNumbersAsync("?filter[phone_number][starts_with]=97022400&filter[limit]=100"));
        await (await bob.PostJsonAsync(NumberApi.Orders, NumberApi.OrderOf("+19702240001").ToJsonString())).Expect422Async("/phone_numbers/0/phone_number");
    }

    [Fact]
    public async Task Load_TheSameDocumentTwice_ReplacesInsteadOfDuplicating()
    {
        var control = app.CreateClient();
        var document = $$"""{"account": "KEY_alice", {{Connections}}, "phone_numbers": [{"id": "4000000000000000001", "phone_number": "+19702240001", "connection_id": "1000000000000000001"}]}""";
        await control.LoadFixturesAsync(document);

        await control.LoadFixturesAsync(document);

        var client = app.BearerClient("KEY_alice");
        Assert.Equal(1, await client.TotalAsync(NumberApi.Numbers));
        var number = await client.NumberAsync("+19702240001");
        Assert.Equal("4000000000000000001", number["id"].Str());
        Assert.Equal("Office Trunk", number["connection_name"].Str());
    }

    [Theory]
    [InlineData("""{"account": "KEY_alice", "phone_numbers": [{"phone_number": "+19702240099"}]}""", "/phone_numbers/0/phone_number")]
    [InlineData("""{"account": "KEY_alice", "phone_numbers": [{"phone_number": "+19702240001"}, {"phone_number": "+19702240001"}]}""", "/phone_numbers/1/phone_number")]
    [InlineData("""{"account": "KEY_alice", "phone_numbers": [{"phone_number": "+19702240001"}, {"customer_reference": "no number"}]}""", "/phone_numbers/1/phone_number")]
    [InlineData("""{"account": "KEY_alice", "phone_numbers": [{"phone_number": "19702240001"}]}""", "/phone_numbers/0/phone_number")]
    [InlineData("""{"account": "KEY_alice", "phone_numbers": [{"phone_number": "+1303"}]}""", "/phone_numbers/0/phone_number")]
    [InlineData("""{"account": "KEY_alice", "phone_numbers": [{"phone_number": 19702240001}]}""", "/phone_numbers/0/phone_number")]
    [InlineData("""{"account": "KEY_alice", "phone_numbers": [{"phone_number": "+19702240001", "connection_id": "1000000000000000009"}]}""", "/phone_numbers/0/connection_id")]
    [InlineData("""[{"account": "KEY_bob", "ip_connections": [{"id": "1000000000000000009", "connection_name": "bobs"}]}, {"account": "KEY_alice", "phone_numbers": [{"phone_number": "+19702240001", "connection_id": "1000000000000000009"}]}]""",
        "/1/phone_numbers/0/connection_id")]
    [InlineData("""{"account": "KEY_alice", "phone_numbers": [{"phone_number": "+19702240001", "billing_group_id": "group-1"}]}""", "/phone_numbers/0/billing_group_id")]
    [InlineData("""{"account": "KEY_alice", "phone_numbers": [{"phone_number": "+19702240001", "colour": "red"}]}""", "/phone_numbers/0/colour")]
    [InlineData("""{"account": "KEY_alice", "phone_numbers": [{"id": "x", "phone_number": "+19702240001"}]}""", "/phone_numbers/0/id")]
    public async Task Load_ABadEntry_RefusesTheWholeDocumentAtItsPointer_AndStoresNothing(string document, string pointer)
    {
        var bob = app.BearerClient("KEY_bob");
        await bob.BuyAsync("+19702240099");
        var alice = app.BearerClient("KEY_alice");
        await alice.BuyAsync("+19702240050");
        var withGoodEntries = JsonNode.Parse(document)!;
        var set = (withGoodEntries as JsonArray)?[^1] ?? withGoodEntries;
        set["ip_connections"] ??= JsonNode.Parse("""[{"id": "1000000000000000001", "connection_name": "Office Trunk"}]""");
        set["phone_numbers"]!.AsArray().Insert(0, JsonNode.Parse("""{"phone_number": "+19702240060", "connection_id": "1000000000000000001"}"""));
        var shifted = ShiftIndex(pointer);

        var response = await app.CreateClient().PostJsonAsync("/_mock/fixtures", withGoodEntries.ToJsonString());

        await response.ExpectPointerAsync(422, shifted);
        Assert.Equal(["+19702240050"], (await alice.GetOkAsync(NumberApi.Numbers)).PhoneNumbers());
        Assert.Equal(["+19702240099"], (await bob.GetOkAsync(NumberApi.Numbers)).PhoneNumbers());
        Assert.Equal(0, await alice.TotalAsync("/v2/connections"));
        Assert.Equal(0, await bob.TotalAsync("/v2/connections"));
    }

    [Fact]
    public async Task Load_AFixedIdOfAnotherAccountsNumber_IsRefused_AndLeavesThatNumberAlone()
    {
        var control = app.CreateClient();
        await control.LoadFixturesAsync("""{"account": "KEY_bob", "phone_numbers": [{"id": "4000000000000000001", "phone_number": "+19702240099"}]}""");

        var response = await control.PostJsonAsync("/_mock/fixtures",
            """{"account": "KEY_alice", "phone_numbers": [{"id": "4000000000000000001", "phone_number": "+19702240001"}]}""");

        await response.ExpectPointerAsync(422, "/phone_numbers/0/id");
        var bob = app.BearerClient("KEY_bob");
        Assert.Equal(["+19702240099"], (await bob.GetOkAsync(NumberApi.Numbers)).PhoneNumbers());
        Assert.Equal("+19702240099", (await bob.GetOkAsync($"{NumberApi.Numbers}/4000000000000000001"))["data"]!["phone_number"].Str());
        Assert.Equal(0, await app.BearerClient("KEY_alice").TotalAsync(NumberApi.Numbers));
    }

    /// <summary>The pointer of an entry of <c>phone_numbers</c> once a good entry has been put before it.</summary>
    private static string ShiftIndex(string pointer)
    {
        const string Section = "/phone_numbers/";
        var at = pointer.IndexOf(Section, StringComparison.Ordinal) + Section.Length;
        var end = pointer.IndexOf('/', at);
        var index = int.Parse(pointer[at..end], System.Globalization.CultureInfo.InvariantCulture);
        return $"{pointer[..at]}{index + 1}{pointer[end..]}";
    }
}
