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
using TelnyxMock.Resources;
using TelnyxMock.V2.Fqdns;

namespace TelnyxMock.V2.FqdnConnections;

/// <summary>
/// What an FQDN connection entry of a fixtures document has besides the connection's own fields: an optional fixed id,
/// and <c>fqdns</c>: FQDNs attached to it (each an <c>fqdns</c> entry without <c>connection_id</c>), which its default
/// FQDNs may name.
/// </summary>
public sealed record FqdnConnectionFixtureExtras
{
    public static readonly string[] Names = ["id", "fqdns"];

    [JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string of digits")]
    public string? Id { get; init; }

    [Expects("an array of FQDN entries")]
    public JsonArray? Fqdns { get; init; }
}

public sealed class FqdnConnectionFixtureExtrasValidator : AbstractValidator<FqdnConnectionFixtureExtras>
{
    public FqdnConnectionFixtureExtrasValidator() => RuleFor(x => x.Id).FixedId();
}

/// <summary>The <c>fqdn_connections</c> section of a fixtures document.</summary>
public sealed class FqdnConnectionFixtureSection(ResourceFixture fixture, IdGenerator ids, FqdnFixtureSection fqdnSection) : IFixtureSection
{
    public string Name => "fqdn_connections";

    public async Task<IReadOnlyList<FieldError>> StageAsync(string account, JsonArray entries, string pointer, MockDbContext db, CancellationToken cancellationToken)
    {
        var definition = FqdnConnectionDefinition.Definition;
        var errors = new List<FieldError>();
        var seenIds = new HashSet<long>();
        for (var index = 0; index < entries.Count; index++)
        {
            var at = $"{pointer}/{index}";
            if (entries[index] is not JsonObject json)
            {
                errors.Add(new FieldError(at, "An fqdn_connections entry must be a JSON object."));
                continue;
            }

            var entry = await fixture.ReadAsync<FqdnConnectionFixtureExtras>(definition, json, FqdnConnectionFixtureExtras.Names, x => x.Id, cancellationToken);
            var attached = FixtureEntry.Children(entry.Extras?.Fqdns, entry.Id, ids);
            ResourceFixture.Check(definition, entry, new RuleContext(Creating: true)
            {
                Linked = new Dictionary<string, IReadOnlySet<long>> { [FqdnConnectionDefinition.Fqdns] = FixtureEntry.ChildIds(attached) },
            });
            if (!seenIds.Add(entry.Id))
            {
                entry.Errors.Add(new FieldError("/id", $"id {entry.Id} is used by an earlier entry."));
            }

            if (await FixtureEntry.IdOfAnotherConnectionTypeAsync<FqdnConnectionRow>(db, entry.Id, cancellationToken))
            {
                entry.Errors.Add(new FieldError("/id", $"id {entry.Id} is the id of a connection of another type: connection ids are unique across types."));
            }

            if (entry.Errors.Count == 0)
            {
                await db.Set<FqdnConnectionRow>().Where(c => c.Id == entry.Id).ExecuteDeleteAsync(cancellationToken);
                var connection = new FqdnConnectionRow { Id = entry.Id, Account = account, CreatedAt = entry.Now, UpdatedAt = entry.Now };
                connection.Write(entry.Document);
                db.Add(connection);
                entry.Errors.AddRange(await fqdnSection.StageAsync(account, attached, "/fqdns", db, cancellationToken));
            }

            errors.AddRange(entry.Errors.DistinctBy(e => (e.Pointer, e.Detail)).Select(e => e with { Pointer = at + e.Pointer }));
        }

        return errors;
    }
}
