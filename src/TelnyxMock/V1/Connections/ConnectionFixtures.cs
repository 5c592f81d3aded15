using System.Net;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Validation;
using TelnyxMock.Data;
using TelnyxMock.Resources;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// What a V1 connection entry of a fixtures document has besides the connection's own fields: what no V1 endpoint
/// creates (authorized IPs, FQDNs, credentials) and an optional fixed id, which makes reloading idempotent.
/// </summary>
public sealed record ConnectionFixtureExtras
{
    public static readonly string[] Names = ["authorized_ips", "fqdns", "credentials"];

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

/// <summary>
/// The fixture-only fields of a <c>v1_connections</c> entry: what no V1 endpoint creates (authorized IPs, FQDNs,
/// credentials), attached to the new connection, whose authentication type follows them.
/// </summary>
public static class ConnectionFixtures
{
    public static async Task<IReadOnlyList<FieldError>> ApplyAsync(FixtureExtrasCall call)
    {
        var given = call.Extras.DeepClone().AsObject();
        given.Remove("id");
        var validation = call.Services.GetRequiredService<RequestValidation>();
        var (bound, errors) = await validation.BindAsync<ConnectionFixtureExtras>(given, strict: true, call.CancellationToken);
        if (errors.Count > 0)
        {
            return errors;
        }

        var fixture = bound.Value;
        var connection = (V1ConnectionRow)call.Row;
        connection.AuthorizedIps = (fixture.AuthorizedIps ?? [])
            .Select(ip => new AuthorizedIp { Id = ip.Id ?? 0, IpAddress = ip.IpAddress!, Port = ip.Port ?? 5060 })
            .ToList();
        connection.Fqdns = (fixture.Fqdns ?? [])
            .Select(f => new ConnectionFqdn { Id = f.Id ?? 0, Fqdn = f.Fqdn!, Port = f.Port ?? 5060, DnsRecordType = f.DnsRecordType ?? "a" })
            .ToList();
        connection.Credentials = (fixture.Credentials ?? [])
            .Select(c => new ConnectionCredential { UserName = c.UserName!, UserNameKey = c.UserName!.ToLowerInvariant(), Password = c.Password ?? string.Empty })
            .ToList();
        call.Document["authentication_type"] = connection.Credentials.Count > 0 ? V1Values.AuthCredential
            : connection.AuthorizedIps.Count > 0 ? V1Values.AuthIp
            : V1Values.AuthUnspecified;

        // An authorized IP's id is unique: an earlier entry of this load, or another stored connection, may hold it.
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
}
