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
using TelnyxMock.Resources;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// What a V1 connection entry of a fixtures document has besides the connection's own fields: what no V1 endpoint
/// creates (authorized IPs, FQDNs, credentials) and an optional fixed id, which makes reloading idempotent.
/// </summary>
public sealed record ConnectionFixtureExtras
{
    public static readonly string[] Names = ["id", "authorized_ips", "fqdns", "credentials"];

    [JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string of digits")]
    public string? Id { get; init; }

    public List<AuthorizedIpFixture>? AuthorizedIps { get; init; }

    public List<FqdnFixture>? Fqdns { get; init; }

    public List<CredentialFixture>? Credentials { get; init; }
}

public sealed record AuthorizedIpFixture(int? Id, string? IpAddress, int? Port);

public sealed record FqdnFixture(int? Id, string? Fqdn, int? Port, string? DnsRecordType);

public sealed record CredentialFixture(string? UserName, string? Password);

public sealed class ConnectionFixtureExtrasValidator : AbstractValidator<ConnectionFixtureExtras>
{
    public ConnectionFixtureExtrasValidator()
    {
        RuleFor(x => x.Id).FixedId();
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

/// <summary>The <c>v1_connections</c> section of a fixtures document: each entry is a create body plus its attachments.</summary>
public sealed class ConnectionFixtureSection(RequestValidation validation, IdGenerator ids, TimeProvider clock)
    : IFixtureSection
{
    public string Name => "v1_connections";

    public async Task<IReadOnlyList<FieldError>> StageAsync(string account, JsonArray entries, string pointer, MockDbContext db, CancellationToken cancellationToken)
    {
        var definition = ConnectionDefinition.Definition;
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
            var (fields, extras) = FixtureEntry.Split(entry, ConnectionFixtureExtras.Names);
            var bound = ShapeBinder.Bind(definition.Shape, fields, strict: true);
            var entryErrors = validation.Failures(definition.Shape, bound, creating: true);
            var (extra, extraErrors) = await validation.BindAsync<ConnectionFixtureExtras>(extras, strict: true, cancellationToken);
            entryErrors.AddRange(extraErrors);
            if (entryErrors.Count > 0)
            {
                errors.AddRange(entryErrors.Select(e => e with { Pointer = at + e.Pointer }));
                continue;
            }

            var connection = Build(account, extra.Value, out var document);
            definition.Apply(document, bound.Values);
            var context = new RuleContext(Creating: true)
            {
                Linked = new Dictionary<string, IReadOnlySet<long>> { [ConnectionDefinition.AuthorizedIps] = connection.AuthorizedIps.Select(i => (long)i.Id).ToHashSet() },
            };
            entryErrors.AddRange(definition.Check(document, context));
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
                connection.Write(document);
                db.Connections.Add(connection);
            }

            errors.AddRange(entryErrors.Select(e => e with { Pointer = at + e.Pointer }));
        }

        return errors;
    }

    /// <summary>The row with its attachments, and the new connection's document, whose authentication type follows them.</summary>
    private V1ConnectionRow Build(string account, ConnectionFixtureExtras fixture, out JsonObject document)
    {
        var now = clock.UtcNowMilliseconds();
        var id = fixture.Id is { } given ? long.Parse(given, CultureInfo.InvariantCulture) : ids.Next();
        var connection = new V1ConnectionRow
        {
            Id = id,
            Account = account,
            CreatedAt = now,
            UpdatedAt = now,
            AuthorizedIps = (fixture.AuthorizedIps ?? [])
                .Select(ip => new AuthorizedIp { Id = ip.Id ?? 0, IpAddress = ip.IpAddress!, Port = ip.Port ?? 5060 })
                .ToList(),
            Fqdns = (fixture.Fqdns ?? [])
                .Select(f => new ConnectionFqdn { Id = f.Id ?? 0, Fqdn = f.Fqdn!, Port = f.Port ?? 5060, DnsRecordType = f.DnsRecordType ?? "a" })
                .ToList(),
            Credentials = (fixture.Credentials ?? [])
                .Select(c => new ConnectionCredential { UserName = c.UserName!, UserNameKey = c.UserName!.ToLowerInvariant(), Password = c.Password ?? string.Empty })
                .ToList(),
        };
        document = ConnectionDefinition.Definition.New(id, now);
        document["authentication_type"] = connection.Credentials.Count > 0 ? V1Values.AuthCredential
            : connection.AuthorizedIps.Count > 0 ? V1Values.AuthIp
            : V1Values.AuthUnspecified;
        return connection;
    }
}
