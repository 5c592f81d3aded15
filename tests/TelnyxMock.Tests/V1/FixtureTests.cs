namespace TelnyxMock.Tests.V1;

/// <summary>The fixtures file: what no V1 endpoint creates (authorized IPs, FQDNs, credentials), and the features that use it.</summary>
public sealed class FixtureTests : IDisposable
{
    private const string Fixtures = """
    [
      {
        "account": "alice",
        "v1_connections": [
          { "id": "1000000000000000001", "connection_name": "ip-trunk", "authorized_ips": [ { "id": 501, "ip_address": "192.0.2.10", "port": 5060 }, { "id": 502, "ip_address": "192.0.2.11" } ] },
          { "id": "1000000000000000002", "connection_name": "softphone", "credentials": [ { "user_name": "AliceDesk", "password": "pw" } ] },
          { "id": "1000000000000000003", "connection_name": "bare" },
          { "id": "1000000000000000004", "connection_name": "fqdn-trunk", "fqdns": [ { "fqdn": "sip.example.com", "port": 5061, "dns_record_type": "srv" } ] }
        ]
      },
      { "account": "bob", "v1_connections": [ { "id": "1000000000000000009", "connection_name": "bobs", "authorized_ips": [ { "ip_address": "192.0.2.10" } ] } ] }
    ]
    """;

    private readonly string file = Path.Combine(Path.GetTempPath(), $"telnyxmock-fixtures-{Guid.NewGuid():N}.json");
    private readonly TelnyxMockApplication app;

    public FixtureTests()
    {
        File.WriteAllText(file, Fixtures);
        app = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:FixturesFile"] = file });
    }

    public void Dispose()
    {
        app.Dispose();
        File.Delete(file);
    }

    [Fact]
    public async Task Fixtures_AreLoadedForTheirAccounts_WithAuthenticationTypes()
    {
        var list = await app.V1Client("alice").ListAsync("?order_by=connection_name");

        Assert.Equal(["bare", "fqdn-trunk", "ip-trunk", "softphone"], list.Names());
        Assert.Equal([1, 1, 2, 3], list.Select(c => c!["authentication_type"]!.GetValue<int>()));
        Assert.Equal(["bobs"], (await app.V1Client("bob").ListAsync()).Names());
    }

    [Fact]
    public async Task List_WithoutWithFlags_OmitsIpsAuthAndFqdns()
    {
        var connection = (await app.V1Client("alice").ListAsync("?filter_connection_name=ip-trunk"))[0]!.AsObject();

        Assert.False(connection.ContainsKey("authorized_ips"));
        Assert.False(connection.ContainsKey("credentials"));
        Assert.False(connection.ContainsKey("fqdns"));
    }

    [Fact]
    public async Task List_WithIps_IncludesAuthorizedIps()
    {
        var list = await app.V1Client("alice").ListAsync("?with_ips=true&filter_connection_name=ip-trunk");

        Assert.Equal("""[{"id":501,"ip_address":"192.0.2.10","port":5060},{"id":502,"ip_address":"192.0.2.11","port":5060}]""",
            list[0]!["authorized_ips"]!.ToJsonString());
    }

    [Fact]
    public async Task List_WithAuth_IncludesCredentialsOfCredentialConnectionsOnly()
    {
        var list = await app.V1Client("alice").ListAsync("?with_auth=true&order_by=auth_type");

        Assert.Equal("""[{"user_name":"AliceDesk"}]""", list[0]!["credentials"]!.ToJsonString());
        Assert.All(list.Skip(1), c => Assert.False(c!.AsObject().ContainsKey("credentials")));
        Assert.DoesNotContain("pw", list.ToJsonString());
    }

    [Fact]
    public async Task List_WithFqdns_IncludesFqdns()
    {
        var list = await app.V1Client("alice").ListAsync("?with_fqdns=true&filter_connection_name=fqdn");

        var fqdn = list[0]!["fqdns"]![0]!;
        Assert.Equal("sip.example.com", fqdn["fqdn"].Str());
        Assert.Equal(5061, fqdn["port"]!.GetValue<int>());
        Assert.Equal("srv", fqdn["dns_record_type"].Str());
    }

    [Fact]
    public async Task List_FilterIpAddress_ReturnsIpConnectionsWithThatIp_OfTheAccountOnly()
    {
        var client = app.V1Client("alice");

        Assert.Equal(["ip-trunk"], (await client.ListAsync("?filter_ip_address=192.0.2.11")).Names());
        Assert.Empty(await client.ListAsync("?filter_ip_address=192.0.2.99"));
        Assert.Equal(["bobs"], (await app.V1Client("bob").ListAsync("?filter_ip_address=192.0.2.10")).Names());
    }

    [Fact]
    public async Task List_FilterAuthUserName_IsCaseInsensitiveSubstringOnCredentialConnections()
    {
        var client = app.V1Client("alice");

        Assert.Equal(["softphone"], (await client.ListAsync("?filter_auth_user_name=cedes")).Names());
        Assert.Empty(await client.ListAsync("?filter_auth_user_name=bob"));
    }

    [Fact]
    public async Task List_ByAuthType_PutsCredentialThenIpThenNone()
    {
        var client = app.V1Client("alice");

        Assert.Equal(["softphone", "ip-trunk", "fqdn-trunk", "bare"], (await client.ListAsync("?order_by=auth_type")).Names());
        Assert.Equal(["bare", "fqdn-trunk", "ip-trunk", "softphone"], (await client.ListAsync("?order_by=auth_type&sort_direction=reverse")).Names());
    }

    [Fact]
    public async Task Update_DefaultIpIdOfAnAuthorizedIp_IsAccepted()
    {
        var client = app.V1Client("alice");

        var updated = await (await client.PutJsonAsync($"{V1Api.Path}/1000000000000000001",
            """{"default_primary_authorized_ip_id": 501, "default_secondary_authorized_ip_id": 502, "default_tertiary_authorized_ip_id": 0}""")).ExpectAsync(200);

        Assert.Equal(501, updated["default_primary_authorized_ip_id"]!.GetValue<int>());
        Assert.Equal(502, updated["default_secondary_authorized_ip_id"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("1000000000000000001", "default_primary_authorized_ip_id", 999)]
    [InlineData("1000000000000000002", "default_secondary_authorized_ip_id", 501)]
    [InlineData("1000000000000000003", "default_tertiary_authorized_ip_id", 501)]
    public async Task Update_DefaultIpIdNotOfThisConnection_Returns400(string id, string field, int ipId)
    {
        var response = await app.V1Client("alice").PutJsonAsync($"{V1Api.Path}/{id}", $$"""{"{{field}}": {{ipId}}}""");

        await response.ExpectV1ErrorAsync(400, field);
    }

    [Fact]
    public async Task Fixtures_OfAnotherAccount_AreNotVisible()
    {
        await (await app.V1Client("bob").GetAsync($"{V1Api.Path}/1000000000000000001")).ExpectAsync(404);
    }

    [Fact]
    public async Task AuthorizedIpsWithoutIds_TakeNumbersAfterTheIdsFixturesGave()
    {
        using var fresh = new TelnyxMockApplication();
        var control = fresh.CreateClient();
        await (await control.PostJsonAsync("/_mock/fixtures", """{"account": "carol", "v1_connections": [{"connection_name": "given", "authorized_ips": [{"id": 1, "ip_address": "192.0.2.1"}, {"id": 2, "ip_address": "192.0.2.2"}]}]}""")).ExpectAsync(200);
        await (await control.PostJsonAsync("/_mock/fixtures", """{"account": "carol", "v1_connections": [{"connection_name": "numbered", "authorized_ips": [{"ip_address": "192.0.2.3"}, {"ip_address": "192.0.2.4"}]}]}""")).ExpectAsync(200);

        var list = await fresh.V1Client("carol").ListAsync("?with_ips=true&order_by=connection_name");

        Assert.Equal(["given", "numbered"], list.Names());
        Assert.Equal("""[{"id":3,"ip_address":"192.0.2.3","port":5060},{"id":4,"ip_address":"192.0.2.4","port":5060}]""", list[1]!["authorized_ips"]!.ToJsonString());
    }
}
