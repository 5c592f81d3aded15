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

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// What an IP connection entry of a fixtures document has besides the connection's own fields: an optional fixed id
/// (which makes reloading idempotent) and <c>ips</c>: IPs attached to it (each an <c>ips</c> fixtures entry without <c>connection_id</c>), which its default IPs
/// may name.
/// </summary>
public sealed record IpConnectionFixtureExtras
{
    public static readonly string[] Names = ["id", "ips"];

    [JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string of digits")]
    public string? Id { get; init; }


    /// <summary>Checked by the <c>ips</c> section when the connection is staged.</summary>
    [Expects("an array of IP entries")]
    public JsonArray? Ips { get; init; }
}

public sealed class IpConnectionFixtureExtrasValidator : AbstractValidator<IpConnectionFixtureExtras>
{
    public IpConnectionFixtureExtrasValidator()
    {
        RuleFor(x => x.Id).FixedId();
    }
}

/// <summary>The <c>ip_connections</c> section of a fixtures document: each entry is a create body, checked as one.</summary>
public sealed class IpConnectionFixtureSection(ResourceFixture fixture, IdGenerator ids, V2.Ips.IpFixtureSection ipSection)
    : IFixtureSection
{
    public string Name => "ip_connections";

    public async Task<IReadOnlyList<FieldError>> StageAsync(string account, JsonArray entries, string pointer, MockDbContext db, CancellationToken cancellationToken)
    {
        var definition = IpConnectionDefinition.Definition;
        var errors = new List<FieldError>();
        var seenIds = new HashSet<long>();
        for (var index = 0; index < entries.Count; index++)
        {
            var at = $"{pointer}/{index}";
            if (entries[index] is not JsonObject json)
            {
                errors.Add(new FieldError(at, "An ip_connections entry must be a JSON object."));
                continue;
            }

            // Unknown fields are errors here whatever Strict says: a typo in a fixture should not pass silently.
            var entry = await fixture.ReadAsync<IpConnectionFixtureExtras>(definition, json, IpConnectionFixtureExtras.Names, x => x.Id, cancellationToken);
            var (id, now, document) = (entry.Id, entry.Now, entry.Document);
            var entryErrors = entry.Errors;

            // The attached IPs get their ids now (a fixed one or a new one), so the connection's default IPs can name them.
            var attached = FixtureEntry.Children(entry.Extras?.Ips, id, ids);
            var context = new RuleContext(Creating: true)
            {
                Linked = new Dictionary<string, IReadOnlySet<long>>
                {
                    [IpConnectionDefaults.Ips] = FixtureEntry.ChildIds(attached),
                },
            };
            ResourceFixture.Check(definition, entry, context);
            if (!seenIds.Add(id))
            {
                entryErrors.Add(new FieldError("/id", $"id {id} is used by an earlier entry."));
            }

            if (await FixtureEntry.IdOfAnotherConnectionTypeAsync<IpConnectionRow>(db, id, cancellationToken))
            {
                entryErrors.Add(new FieldError("/id", $"id {id} is the id of a connection of another type: connection ids are unique across types."));
            }

            if (entryErrors.Count == 0)
            {
                // A fixed id replaces what a previous load stored under it, so a fixtures file can be loaded at every start.
                await db.IpConnections.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
                var connection = new IpConnectionRow { Id = id, Account = account, CreatedAt = now, UpdatedAt = now };
                connection.Write(document);
                db.IpConnections.Add(connection);
                entryErrors.AddRange(await ipSection.StageAsync(account, attached, "/ips", db, cancellationToken));
            }

            errors.AddRange(entryErrors.DistinctBy(e => (e.Pointer, e.Detail)).Select(e => e with { Pointer = at + e.Pointer }));
        }

        return errors;
    }
}
