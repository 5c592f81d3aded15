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
using TelnyxMock.V2.FqdnConnections;

namespace TelnyxMock.V2.Fqdns;

/// <summary>What an FQDN entry of a fixtures document has besides the FQDN's own fields: an optional fixed id.</summary>
public sealed record FqdnFixtureExtras
{
    public static readonly string[] Names = ["id"];

    [JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string of digits")]
    public string? Id { get; init; }
}

public sealed class FqdnFixtureExtrasValidator : AbstractValidator<FqdnFixtureExtras>
{
    public FqdnFixtureExtrasValidator() => RuleFor(x => x.Id).FixedId();
}

/// <summary>
/// The <c>fqdns</c> section of a fixtures document: each entry is a create body (plus an optional fixed id) whose
/// <c>connection_id</c> names an FQDN connection already stored or given earlier in the same document.
/// </summary>
public sealed class FqdnFixtureSection(ResourceFixture fixture) : IFixtureSection
{
    public string Name => "fqdns";

    public async Task<IReadOnlyList<FieldError>> StageAsync(string account, JsonArray entries, string pointer, MockDbContext db, CancellationToken cancellationToken)
    {
        var definition = FqdnDefinition.Definition;
        var errors = new List<FieldError>();
        var seenIds = new HashSet<long>();
        for (var index = 0; index < entries.Count; index++)
        {
            var at = $"{pointer}/{index}";
            if (entries[index] is not JsonObject json)
            {
                errors.Add(new FieldError(at, "An fqdns entry must be a JSON object."));
                continue;
            }

            var entry = await fixture.ReadAsync<FqdnFixtureExtras>(definition, json, FqdnFixtureExtras.Names, x => x.Id, cancellationToken);
            var connections = new HashSet<long>();
            if (entry.Document["connection_id"] is JsonValue named && long.TryParse(named.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var connection)
                && (db.Set<FqdnConnectionRow>().Local.Any(c => c.Id == connection && c.Account == account)
                    || await db.Set<FqdnConnectionRow>().AnyAsync(c => c.Id == connection && c.Account == account, cancellationToken)))
            {
                connections.Add(connection);
            }

            ResourceFixture.Check(definition, entry, new RuleContext(Creating: true)
            {
                Linked = new Dictionary<string, IReadOnlySet<long>> { [FqdnDefinition.FqdnConnections] = connections },
            });
            if (!seenIds.Add(entry.Id))
            {
                entry.Errors.Add(new FieldError("/id", $"id {entry.Id} is used by an earlier entry."));
            }

            if (entry.Errors.Count == 0)
            {
                await db.Set<FqdnRow>().Where(f => f.Id == entry.Id).ExecuteDeleteAsync(cancellationToken);
                var fqdn = new FqdnRow { Id = entry.Id, Account = account, CreatedAt = entry.Now, UpdatedAt = entry.Now };
                fqdn.Write(entry.Document);
                db.Add(fqdn);
            }

            errors.AddRange(entry.Errors.DistinctBy(e => (e.Pointer, e.Detail)).Select(e => e with { Pointer = at + e.Pointer }));
        }

        return errors;
    }
}
