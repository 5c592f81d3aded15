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
public sealed class IpFixtureSection(RequestValidation validation, IdGenerator ids, TimeProvider clock) : IFixtureSection
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
            if (entries[index] is not JsonObject entry)
            {
                errors.Add(new FieldError(at, "An ips entry must be a JSON object."));
                continue;
            }

            var (fields, extras) = FixtureEntry.Split(entry, IpFixtureExtras.Names);
            var bound = ShapeBinder.Bind(definition.Shape, fields, strict: true);
            var entryErrors = validation.Failures(definition.Shape, bound, creating: true);
            var (extra, extraErrors) = await validation.BindAsync<IpFixtureExtras>(extras, strict: true, cancellationToken);
            entryErrors.AddRange(extraErrors);

            var id = entryErrors.Count == 0 && extra.Value.Id is { } given ? long.Parse(given, CultureInfo.InvariantCulture) : ids.Next();
            var now = clock.UtcNowMilliseconds();
            var document = definition.New(id, now);
            definition.Apply(document, bound.Values);
            var connections = new HashSet<long>();
            if (document["connection_id"] is JsonValue named && long.TryParse(named.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var connection)
                && (db.IpConnections.Local.Any(c => c.Id == connection && c.Account == account)
                    || await db.IpConnections.AnyAsync(c => c.Id == connection && c.Account == account, cancellationToken)))
            {
                connections.Add(connection);
            }

            var context = new RuleContext(Creating: true) { Linked = new Dictionary<string, IReadOnlySet<long>> { [IpDefinition.IpConnections] = connections } };
            entryErrors.AddRange(definition.Check(document, context).Where(m => entryErrors.All(e => e.Pointer != m.Pointer)));
            if (!seenIds.Add(id))
            {
                entryErrors.Add(new FieldError("/id", $"id {id} is used by an earlier entry."));
            }

            if (entryErrors.Count == 0)
            {
                // A fixed id replaces what a previous load stored under it, so a fixtures file can be loaded at every start.
                await db.Ips.Where(i => i.Id == id).ExecuteDeleteAsync(cancellationToken);
                var ip = new IpRow { Id = id, Account = account, CreatedAt = now, UpdatedAt = now };
                ip.Write(document);
                db.Ips.Add(ip);
            }

            errors.AddRange(entryErrors.DistinctBy(e => (e.Pointer, e.Detail)).Select(e => e with { Pointer = at + e.Pointer }));
        }

        return errors;
    }
}
