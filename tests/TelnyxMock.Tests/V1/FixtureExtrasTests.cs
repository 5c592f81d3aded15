using System.Text.Json.Nodes;
using TelnyxMock.Tests.Control;

namespace TelnyxMock.Tests.V1;

/// <summary>
/// A V1 fixture entry's authorized IPs, FQDNs and credentials are arrays of objects, bound and checked by the same
/// binder as resources: every failing field of every item reported at once at its pointer, one entry each, nothing stored.
/// </summary>
public sealed class FixtureExtrasTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    private async Task<Dictionary<string, string>> FailuresAsync(string entry)
    {
        var response = await app.CreateClient().PostJsonAsync("/_mock/fixtures", $$"""{"account": "extras", "v1_connections": [{{entry}}]}""");
        var body = await response.ExpectAsync(422);
        Assert.Empty(await app.V1Client("extras").ListAsync());
        return body["errors"]!.AsArray().ToDictionary(e => e!["source"]!["pointer"].Str(), e => e!["detail"].Str());
    }

    [Fact]
    public async Task EveryBadItemField_IsReportedAtOnce_OneEntryEach()
    {
        var failures = await FailuresAsync("""
            {"connection_name": "x",
             "authorized_ips": [{"ip_address": "192.0.2.1", "port": 70000}, 7, {"port": 5060}, {"ip_address": 12, "colour": "red"}],
             "fqdns": [{"fqdn": "sip.example.com", "dns_record_type": "mx", "id": 0}]}
            """);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["/v1_connections/0/authorized_ips/0/port"] = "port must be between 1 and 65535, got 70000.",
                ["/v1_connections/0/authorized_ips/1"] = "authorized_ips[1] must be an object, got the number 7.",
                ["/v1_connections/0/authorized_ips/2/ip_address"] = "ip_address is required.",
                ["/v1_connections/0/authorized_ips/3/ip_address"] = "ip_address must be a string, got the number 12.",
                ["/v1_connections/0/authorized_ips/3/colour"] = "colour is not a known field.",
                ["/v1_connections/0/fqdns/0/dns_record_type"] = "dns_record_type must be one of 'a', 'srv', got 'mx'.",
                ["/v1_connections/0/fqdns/0/id"] = "id must be at least 1, got 0.",
            },
            failures);
    }

    [Fact]
    public async Task ExtrasOfTheWrongType_AreTypeErrors()
    {
        var failures = await FailuresAsync("""{"connection_name": "x", "credentials": {"user_name": "u"}, "fqdns": null}""");

        Assert.Equal("credentials must be an array of objects, got an object.", failures["/v1_connections/0/credentials"]);
        Assert.Equal("fqdns must not be null; it must be an array of objects.", failures["/v1_connections/0/fqdns"]);
    }

    [Fact]
    public async Task CredentialsWithAuthorizedIps_FailsTheRuleAcrossFields_WithTheFieldFailures()
    {
        var failures = await FailuresAsync("""
            {"connection_name": "x", "timeout_1xx": "99", "credentials": [{"user_name": "u"}], "authorized_ips": [{"ip_address": "192.0.2.1"}]}
            """);

        Assert.Equal(["/v1_connections/0/credentials", "/v1_connections/0/timeout_1xx"], failures.Keys.Order());
        Assert.Contains("authenticates by IP or by credentials", failures["/v1_connections/0/credentials"]);
    }

    [Fact]
    public async Task GoodExtras_AreAttached_WithTheirDefaults()
    {
        await app.CreateClient().LoadFixturesAsync("""
            {"account": "extras", "v1_connections": [
              {"connection_name": "ip", "authorized_ips": [{"id": 77, "ip_address": "192.0.2.7"}]},
              {"connection_name": "cred", "credentials": [{"user_name": "Alice1", "password": "pw"}], "fqdns": [{"fqdn": "sip.example.com"}]}]}
            """);

        var list = await app.V1Client("extras").ListAsync("?order_by=connection_name&with_ips=true&with_auth=true&with_fqdns=true");
        var byName = list.AsArray().ToDictionary(c => c!["connection_name"].Str());
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"id": 77, "ip_address": "192.0.2.7", "port": 5060}]"""), byName["ip"]!["authorized_ips"]));
        Assert.Equal(2, byName["ip"]!["authentication_type"].Int());
        Assert.Equal(3, byName["cred"]!["authentication_type"].Int());
        Assert.Equal("Alice1", byName["cred"]!["credentials"]![0]!["user_name"].Str());
        Assert.Equal(5060, byName["cred"]!["fqdns"]![0]!["port"].Int());
        Assert.Equal("a", byName["cred"]!["fqdns"]![0]!["dns_record_type"].Str());
    }
}
