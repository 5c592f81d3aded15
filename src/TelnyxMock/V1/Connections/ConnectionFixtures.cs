using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// The fixture-only fields of a <c>v1_connections</c> entry: what no V1 endpoint creates (authorized IPs, FQDNs,
/// credentials), attached to the new connection, whose authentication type follows them. Described the way resources
/// are, so the loader binds and checks them with every other field of the entry.
/// </summary>
public static class ConnectionFixtures
{
    private static readonly FieldSpec Id = F.Int("id", 1).Described("A fixed id (a positive integer); one is given when left out.");

    private static readonly FieldSpec Port = F.Int("port", 1, 65535).Described("Default 5060.");

    public static readonly ShapeSpec AuthorizedIp = new("V1AuthorizedIpFixture",
    [
        Id,
        F.Formatted("ip_address", Formats.IpAddress) with { Required = true },
        Port,
    ]);

    public static readonly ShapeSpec Fqdn = new("V1FqdnFixture",
    [
        Id,
        F.Str("fqdn", maxLength: 253) with { Required = true, NotBlank = true, Printable = true },
        Port,
        F.Enum("dns_record_type", ["a", "srv"]).Described("Default \"a\"."),
    ]);

    public static readonly ShapeSpec Credential = new("V1CredentialFixture",
    [
        F.Str("user_name", maxLength: 64) with { Required = true, NotBlank = true, Printable = true },
        F.Str("password", maxLength: 128),
    ]);

    public static FixtureExtras Extras { get; } = new(
        new ResourceDefinition("V1ConnectionFixtureExtras", new ShapeSpec("V1ConnectionFixtureExtras",
        [
            F.Objects("authorized_ips", AuthorizedIp),
            F.Objects("fqdns", Fqdn),
            F.Objects("credentials", Credential),
        ]))
        {
            Rules = [new ResourceRule("IpOrCredentials", IpOrCredentials)],
        },
        ApplyAsync);

    /// <summary>A connection authenticates by IP or by credentials.</summary>
    private static IEnumerable<FieldError> IpOrCredentials(JsonObject extras)
    {
        if (extras["credentials"] is JsonArray { Count: > 0 } && extras["authorized_ips"] is JsonArray { Count: > 0 })
        {
            yield return new FieldError("/credentials", "credentials cannot be given together with authorized_ips: a connection authenticates by IP or by credentials.");
        }
    }

    private static async Task<IReadOnlyList<FieldError>> ApplyAsync(FixtureExtrasCall call)
    {
        var connection = (V1ConnectionRow)call.Row;
        connection.AuthorizedIps = Items(call.Extras, "authorized_ips")
            .Select(ip => new AuthorizedIp { Id = (int?)ip["id"] ?? 0, IpAddress = (string)ip["ip_address"]!, Port = (int?)ip["port"] ?? 5060 })
            .ToList();
        connection.Fqdns = Items(call.Extras, "fqdns")
            .Select(f => new ConnectionFqdn { Id = (int?)f["id"] ?? 0, Fqdn = (string)f["fqdn"]!, Port = (int?)f["port"] ?? 5060, DnsRecordType = (string?)f["dns_record_type"] ?? "a" })
            .ToList();
        connection.Credentials = Items(call.Extras, "credentials")
            .Select(c => new ConnectionCredential { UserName = (string)c["user_name"]!, UserNameKey = ((string)c["user_name"]!).ToLowerInvariant(), Password = (string?)c["password"] ?? string.Empty })
            .ToList();
        call.Document["authentication_type"] = connection.Credentials.Count > 0 ? V1Values.AuthCredential
            : connection.AuthorizedIps.Count > 0 ? V1Values.AuthIp
            : V1Values.AuthUnspecified;

        // An authorized IP's id is unique: an earlier entry of this load, or another stored connection, may hold it.
        var errors = new List<FieldError>();
        foreach (var (ip, i) in connection.AuthorizedIps.Select((ip, i) => (ip, i)).Where(x => x.ip.Id != 0))
        {
            if (call.Db.ChangeTracker.Entries<AuthorizedIp>().Any(e => e.Entity.Id == ip.Id && !ReferenceEquals(e.Entity, ip))
                || connection.AuthorizedIps.Take(i).Any(other => other.Id == ip.Id)
                || await call.Db.Set<AuthorizedIp>().AnyAsync(x => x.Id == ip.Id && x.ConnectionId != connection.Id, call.CancellationToken))
            {
                errors.Add(new FieldError($"/authorized_ips/{i}/id", $"id {ip.Id} is already the id of another authorized IP."));
            }
        }

        return errors;
    }

    private static IEnumerable<JsonObject> Items(JsonObject extras, string name) => extras[name] is JsonArray items ? items.OfType<JsonObject>() : [];
}
