using System.Globalization;
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

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// An IP connection in a fixtures document: every create field, plus an optional fixed id (which makes
/// reloading idempotent) and FQDNs, which no V2 endpoint creates but <c>filter[fqdn]</c> matches.
/// </summary>
public sealed record IpConnectionFixture : IpConnectionFields
{
    [JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string of digits")]
    public string? Id { get; init; }

    public List<string>? Fqdns { get; init; }
}

public sealed class IpConnectionFixtureValidator : IpConnectionFieldsValidator<IpConnectionFixture>
{
    public IpConnectionFixtureValidator()
    {
        RuleFor(x => x.Id).Must(id => id is null || (id.Length is >= 1 and <= 19 && id.All(char.IsAsciiDigit) && long.TryParse(id, out var n) && n > 0))
            .WithMessage("must be a positive decimal id of at most 19 digits.");
        RuleForEach(x => x.Fqdns).NotBlank().MaxChars(253).Printable();
    }
}

/// <summary>The <c>ip_connections</c> section of a fixtures document.</summary>
public sealed class IpConnectionFixtureSection(RequestValidation validation, IdGenerator ids, TimeProvider clock)
    : IFixtureSection
{
    public string Name => "ip_connections";

    public async Task<IReadOnlyList<FieldError>> StageAsync(string account, JsonArray entries, string pointer, MockDbContext db, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var seenIds = new HashSet<long>();
        for (var index = 0; index < entries.Count; index++)
        {
            var at = $"{pointer}/{index}";
            if (entries[index] is not JsonObject entry)
            {
                errors.Add(new FieldError(at, "An ip_connections entry must be a JSON object."));
                continue;
            }

            // Unknown fields are errors here whatever Strict says: a typo in a fixture should not pass silently.
            var (bound, entryErrors) = await validation.BindAsync<IpConnectionFixture>(entry, strict: true, cancellationToken);

            if (entryErrors.Count == 0)
            {
                var connection = Build(account, bound);
                entryErrors.AddRange(IpConnectionRules.Check(connection));
                if (!seenIds.Add(connection.Id))
                {
                    entryErrors.Add(new FieldError("/id", $"id {connection.Id} is used by an earlier entry."));
                }

                if (entryErrors.Count == 0)
                {
                    // A fixed id replaces what a previous load stored under it, so a fixtures file can be loaded at every start.
                    await db.IpConnections.Where(c => c.Id == connection.Id).ExecuteDeleteAsync(cancellationToken);
                    db.IpConnections.Add(connection);
                }
            }

            errors.AddRange(entryErrors.DistinctBy(e => (e.Pointer, e.Detail)).Select(e => e with { Pointer = at + e.Pointer }));
        }

        return errors;
    }

    private IpConnection Build(string account, BindResult<IpConnectionFixture> bound)
    {
        var fixture = bound.Value;
        var now = clock.UtcNowMilliseconds();
        var id = fixture.Id is { } given ? long.Parse(given, CultureInfo.InvariantCulture) : ids.Next();
        var connection = IpConnectionMapping.New(id, account, now);
        fixture.ApplyTo(connection, bound.Present.Contains);
        connection.Fqdns = fixture.Fqdns ?? [];
        return connection;
    }
}
