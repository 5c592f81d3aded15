using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;
using TelnyxMock.Data;
using TelnyxMock.Fixtures;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.Ips;

/// <summary>What an IP entry of a fixtures document has besides the IP's own fields: an optional fixed id.</summary>
public sealed record IpFixtureExtras
{
    public static readonly string[] Names = ["id"];

    [JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string of digits")]
    public string? Id { get; init; }
}

public sealed class IpFixtureExtrasValidator : AbstractValidator<IpFixtureExtras>
{
    public IpFixtureExtrasValidator() => RuleFor(x => x.Id).FixedId();
}

/// <summary>
/// The <c>ips</c> section of a fixtures document: each entry is a create body (plus an optional fixed id). Its
/// <c>connection_id</c> names an IP connection already stored or given earlier in the same document (list
/// <c>ip_connections</c> before <c>ips</c>).
/// </summary>
public sealed class IpFixtureSection(ResourceFixture fixture) : IFixtureSection
{
    public string Name => "ips";

    public async Task<IReadOnlyList<FieldError>> StageAsync(string account, JsonArray entries, string pointer, MockDbContext db, CancellationToken cancellationToken)
    {
        var definition = IpDefinition.Definition;
        var errors = new List<FieldError>();
        var seenIds = new HashSet<long>();
        for (var index = 0; index < entries.Count; index++)
        {
            var at = $"{pointer}/{index}";
            if (entries[index] is not JsonObject json)
            {
                errors.Add(new FieldError(at, "An ips entry must be a JSON object."));
                continue;
            }

            var entry = await fixture.ReadAsync<IpFixtureExtras>(definition, json, IpFixtureExtras.Names, x => x.Id, cancellationToken);
            var connections = new HashSet<long>();
            if (entry.Document["connection_id"] is JsonValue named && long.TryParse(named.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var connection)
                && (db.IpConnections.Local.Any(c => c.Id == connection && c.Account == account)
                    || await db.IpConnections.AnyAsync(c => c.Id == connection && c.Account == account, cancellationToken)))
            {
                connections.Add(connection);
            }

            ResourceFixture.Check(definition, entry, new RuleContext(Creating: true)
            {
                Linked = new Dictionary<string, IReadOnlySet<long>> { [IpDefinition.IpConnections] = connections },
            });
            if (!seenIds.Add(entry.Id))
            {
                entry.Errors.Add(new FieldError("/id", $"id {entry.Id} is used by an earlier entry."));
            }

            if (entry.Errors.Count == 0)
            {
                // A fixed id replaces what a previous load stored under it, so a fixtures file can be loaded at every start.
                await db.Ips.Where(i => i.Id == entry.Id).ExecuteDeleteAsync(cancellationToken);
                var ip = new IpRow { Id = entry.Id, Account = account, CreatedAt = entry.Now, UpdatedAt = entry.Now };
                ip.Write(entry.Document);
                db.Ips.Add(ip);
            }

            errors.AddRange(entry.Errors.DistinctBy(e => (e.Pointer, e.Detail)).Select(e => e with { Pointer = at + e.Pointer }));
        }

        return errors;
    }
}
