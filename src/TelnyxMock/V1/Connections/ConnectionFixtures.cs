using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;
using TelnyxMock.Data;
using TelnyxMock.Fixtures;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// A V1 connection in a fixtures document: every create field, plus what no V1 endpoint creates
/// (authorized IPs, FQDNs, credentials) and an optional fixed id, which makes reloading idempotent.
/// </summary>
public sealed record ConnectionFixture : ConnectionFields
{
    [JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string of digits")]
    public string? Id { get; init; }

    public List<AuthorizedIpFixture>? AuthorizedIps { get; init; }

    public List<FqdnFixture>? Fqdns { get; init; }

    public List<CredentialFixture>? Credentials { get; init; }
}

public sealed record AuthorizedIpFixture(int? Id, string? IpAddress, int? Port);

public sealed record FqdnFixture(int? Id, string? Fqdn, int? Port, string? DnsRecordType);

public sealed record CredentialFixture(string? UserName, string? Password);

public sealed class ConnectionFixtureValidator : ConnectionFieldsValidator<ConnectionFixture>
{
    public ConnectionFixtureValidator()
    {
        RuleFor(x => x.ConnectionName).Required();
        RuleFor(x => x.Id).Must(id => id is null || (id.Length is >= 1 and <= 19 && id.All(char.IsAsciiDigit) && long.TryParse(id, out var n) && n > 0))
            .WithMessage("must be a positive decimal id of at most 19 digits.");
        RuleForEach(x => x.AuthorizedIps).ChildRules(ip =>
        {
            ip.RuleFor(i => i.IpAddress).Required().Must(a => a is null || IPAddress.TryParse(a, out _)).WithMessage("must be an IPv4 or IPv6 address.");
            ip.RuleFor(i => i.Id).AtLeast(1);
            ip.RuleFor(i => i.Port).Between(1, 65535);
        });
        RuleForEach(x => x.Fqdns).ChildRules(f =>
        {
            f.RuleFor(i => i.Fqdn).Required().NotBlank().MaxChars(253).Printable();
            f.RuleFor(i => i.Id).AtLeast(1);
            f.RuleFor(i => i.Port).Between(1, 65535);
            f.RuleFor(i => i.DnsRecordType).OneOf(["a", "srv"]);
        });
        RuleForEach(x => x.Credentials).ChildRules(c =>
        {
            c.RuleFor(i => i.UserName).Required().NotBlank().MaxChars(64).Printable();
            c.RuleFor(i => i.Password).MaxChars(128);
        });
        RuleFor(x => x.Credentials).Must((f, creds) => creds is not { Count: > 0 } || f.AuthorizedIps is not { Count: > 0 })
            .WithMessage("cannot be given together with authorized_ips: a connection authenticates by IP or by credentials.");
    }
}

/// <summary>The <c>v1_connections</c> section of a fixtures document.</summary>
public sealed class ConnectionFixtureSection(RequestValidation validation, IdGenerator ids, TimeProvider clock)
    : IFixtureSection
{
    public string Name => "v1_connections";

    public async Task<IReadOnlyList<FieldError>> StageAsync(string account, JsonArray entries, string pointer, MockDbContext db, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var seenIds = new HashSet<long>();
        var seenIpIds = new HashSet<int>();
        for (var index = 0; index < entries.Count; index++)
        {
            var at = $"{pointer}/{index}";
            if (entries[index] is not JsonObject entry)
            {
                errors.Add(new FieldError(at, "A v1_connections entry must be a JSON object."));
                continue;
            }

            // Unknown fields are errors here whatever Strict says: a typo in a fixture should not pass silently.
            var (bound, entryErrors) = await validation.BindAsync<ConnectionFixture>(entry, strict: true, cancellationToken);

            if (entryErrors.Count == 0)
            {
                var connection = Build(account, bound);
                entryErrors.AddRange(ConnectionRules.Check(connection));
                if (!seenIds.Add(connection.Id))
                {
                    entryErrors.Add(new FieldError("/id", $"id {connection.Id} is used by an earlier entry."));
                }

                foreach (var (ip, i) in connection.AuthorizedIps.Select((ip, i) => (ip, i)).Where(x => x.ip.Id != 0))
                {
                    var taken = !seenIpIds.Add(ip.Id)
                        || await db.Set<AuthorizedIp>().AnyAsync(x => x.Id == ip.Id && x.ConnectionId != connection.Id, cancellationToken);
                    if (taken)
                    {
                        entryErrors.Add(new FieldError($"/authorized_ips/{i}/id", $"id {ip.Id} is already the id of another authorized IP."));
                    }
                }

                if (entryErrors.Count == 0)
                {
                    // A fixed id replaces what a previous load stored under it, so a fixtures file can be loaded at every start.
                    await db.Connections.Where(c => c.Id == connection.Id).ExecuteDeleteAsync(cancellationToken);
                    db.Connections.Add(connection);
                }
            }

            errors.AddRange(entryErrors.Select(e => e with { Pointer = at + e.Pointer }));
        }

        return errors;
    }

    private Connection Build(string account, BindResult<ConnectionFixture> bound)
    {
        var fixture = bound.Value;
        var now = clock.UtcNowMilliseconds();
        var id = fixture.Id is { } given ? long.Parse(given, CultureInfo.InvariantCulture) : ids.Next();
        var connection = ConnectionMapping.New(id, account, now);
        fixture.ApplyTo(connection, bound.Present.Contains);
        connection.AuthorizedIps = (fixture.AuthorizedIps ?? [])
            .Select(ip => new AuthorizedIp { Id = ip.Id ?? 0, IpAddress = ip.IpAddress!, Port = ip.Port ?? 5060 })
            .ToList();
        connection.Fqdns = (fixture.Fqdns ?? [])
            .Select(f => new ConnectionFqdn { Id = f.Id ?? 0, Fqdn = f.Fqdn!, Port = f.Port ?? 5060, DnsRecordType = f.DnsRecordType ?? "a" })
            .ToList();
        connection.Credentials = (fixture.Credentials ?? [])
            .Select(c => new ConnectionCredential { UserName = c.UserName!, UserNameKey = c.UserName!.ToLowerInvariant(), Password = c.Password ?? string.Empty })
            .ToList();
        connection.AuthenticationType = connection.Credentials.Count > 0 ? V1Values.AuthCredential
            : connection.AuthorizedIps.Count > 0 ? V1Values.AuthIp
            : V1Values.AuthUnspecified;
        return connection;
    }
}
