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

namespace TelnyxMock.V2;

/// <summary>
/// What IPs and FQDNs share: each belongs to a connection of one type (its <c>connection_id</c>), which must be one of
/// the account's; the facts their rule needs, and their fixtures section, are written once here.
/// </summary>
public static class ParentConnection
{
    /// <summary>
    /// The rule context of a resource attached to a <typeparamref name="TParent"/>: under <paramref name="linkName"/>, the
    /// connection its <c>connection_id</c> names when that is one of the account's (stored, or staged by a fixtures load).
    /// </summary>
    public static async Task<RuleContext> ContextAsync<TParent>(MockDbContext db, string account, JsonObject document, string linkName, CancellationToken cancellationToken)
        where TParent : V2ConnectionRow
    {
        var ids = new HashSet<long>();
        if (document["connection_id"] is JsonValue value && long.TryParse(value.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var key)
            && (db.Set<TParent>().Local.Any(c => c.Id == key && c.Account == account)
                || await db.Set<TParent>().AnyAsync(c => c.Id == key && c.Account == account, cancellationToken)))
        {
            ids.Add(key);
        }

        return new RuleContext(Creating: false) { Linked = new Dictionary<string, IReadOnlySet<long>> { [linkName] = ids } };
    }
}

/// <summary>What an attached resource's fixtures entry has besides its own fields: an optional fixed id.</summary>
public sealed record FixedIdExtras
{
    public static readonly string[] Names = ["id"];

    [JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string of digits")]
    public string? Id { get; init; }
}

public sealed class FixedIdExtrasValidator : AbstractValidator<FixedIdExtras>
{
    public FixedIdExtrasValidator() => RuleFor(x => x.Id).FixedId();
}

/// <summary>
/// The fixtures section of a resource attached to a <typeparamref name="TParent"/> (<c>ips</c>, <c>fqdns</c>): each entry
/// is a create body plus an optional fixed id, whose <c>connection_id</c> names a connection already stored or given
/// earlier in the same document.
/// </summary>
public abstract class AttachedFixtureSection<TRow, TParent>(ResourceFixture fixture, ResourceDefinition definition, string linkName) : IFixtureSection
    where TRow : StoredResource, new()
    where TParent : V2ConnectionRow
{
    public abstract string Name { get; }

    public async Task<IReadOnlyList<FieldError>> StageAsync(string account, JsonArray entries, string pointer, MockDbContext db, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var seenIds = new HashSet<long>();
        for (var index = 0; index < entries.Count; index++)
        {
            var at = $"{pointer}/{index}";
            if (entries[index] is not JsonObject json)
            {
                errors.Add(new FieldError(at, $"An {Name} entry must be a JSON object."));
                continue;
            }

            var entry = await fixture.ReadAsync<FixedIdExtras>(definition, json, FixedIdExtras.Names, x => x.Id, cancellationToken);
            ResourceFixture.Check(definition, entry, await ParentConnection.ContextAsync<TParent>(db, account, entry.Document, linkName, cancellationToken));
            if (!seenIds.Add(entry.Id))
            {
                entry.Errors.Add(new FieldError("/id", $"id {entry.Id} is used by an earlier entry."));
            }

            if (entry.Errors.Count == 0)
            {
                // A fixed id replaces what a previous load stored under it, so a fixtures file can be loaded at every start.
                await db.Set<TRow>().Where(r => r.Id == entry.Id).ExecuteDeleteAsync(cancellationToken);
                var row = new TRow { Id = entry.Id, Account = account, CreatedAt = entry.Now, UpdatedAt = entry.Now };
                row.Write(entry.Document);
                db.Add(row);
            }

            errors.AddRange(entry.Errors.DistinctBy(e => (e.Pointer, e.Detail)).Select(e => e with { Pointer = at + e.Pointer }));
        }

        return errors;
    }
}
