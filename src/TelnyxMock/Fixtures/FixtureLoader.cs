using System.Globalization;
using System.Text.Json.Nodes;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Data;
using TelnyxMock.Resources;

namespace TelnyxMock.Fixtures;

/// <summary>
/// Loads a fixtures document: one object <c>{"account": …, "v1_connections": […], "ip_connections": […]}</c> or an
/// array of them, a section per registered resource (<see cref="Resource.FixtureSection"/>). Each entry is read as a
/// create body is, by the resource's writer, plus an optional fixed <c>id</c>, the resource's child sections and its
/// fixture-only extras. Every entry is staged first, then checked (rules, links, unique fields) against what is stored
/// and staged, so entries may name each other in any order. All or nothing: any bad entry rejects the whole document.
/// A document read from a file (<c>source</c>) gives each entry without an <c>id</c> one derived from its place in that
/// file (<see cref="FixtureIds"/>), so loading the same file again replaces those entries instead of adding them twice.
/// </summary>
public sealed class FixtureLoader(MockDbContext db, ResourceRegistry registry, ResourceWriter writer, IdGenerator ids, TimeProvider clock, IServiceProvider services)
{
    private const string IdField = "id";

    public async Task<FixtureResult> LoadAsync(JsonNode? document, string? defaultAccount, CancellationToken cancellationToken, string? source = null)
    {
        var errors = new List<FieldError>();
        var sets = document switch
        {
            JsonArray array => array.Select((node, index) => (Node: node, Pointer: $"/{index}")).ToList(),
            JsonObject single => [(single, string.Empty)],
            _ => [],
        };
        if (sets.Count == 0 && document is not JsonArray)
        {
            return FixtureResult.Failed([new FieldError("/", "A fixtures document must be a JSON object or an array of objects.")]);
        }

        var sections = registry.All.Where(r => r.FixtureSection is not null).ToList();
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var load = new Load(account: string.Empty, source);
        foreach (var (node, pointer) in sets)
        {
            if (node is not JsonObject set)
            {
                errors.Add(new FieldError(pointer.Length == 0 ? "/" : pointer, "A fixture set must be a JSON object."));
                continue;
            }

            var account = (set["account"] as JsonValue)?.TryGetValue<string>(out var named) == true ? named : defaultAccount;
            if (string.IsNullOrWhiteSpace(account))
            {
                errors.Add(new FieldError($"{pointer}/account", "account is required: name the account (API key, or V1 user) the fixtures belong to."));
                continue;
            }

            load.Account = account.Trim();
            foreach (var (key, value) in set.Where(p => p.Key != "account"))
            {
                var resource = sections.FirstOrDefault(s => s.FixtureSection == key);
                if (resource is null)
                {
                    errors.Add(new FieldError($"{pointer}/{key}", $"{key} is not a fixtures section; use {string.Join(" or ", sections.Select(s => s.FixtureSection))}."));
                }
                else if (value is not JsonArray entries)
                {
                    errors.Add(new FieldError($"{pointer}/{key}", $"{key} must be an array of objects."));
                }
                else
                {
                    errors.AddRange(await StageAsync(resource, entries, $"{pointer}/{key}", load, cancellationToken));
                    counts[key] = counts.GetValueOrDefault(key) + entries.Count;
                }
            }
        }

        foreach (var entry in load.Read)
        {
            var failed = entry.Failed.Select(e => e.Pointer).ToHashSet(StringComparer.Ordinal);
            var found = await writer.CheckAsync(entry.Resource, entry.Document, entry.Row.Id, entry.Row.Account, cancellationToken);
            found.AddRange(HeldByAnotherEntry(entry, load.Read));
            if (entry.Failed.Count == 0 && db.Entry(entry.Row).State == Microsoft.EntityFrameworkCore.EntityState.Added)
            {
                // The checks fill in what links show of their targets (a phone number's connection_name).
                entry.Row.Write(entry.Document);
            }

            errors.AddRange(found.Where(e => !failed.Contains(e.Pointer)).Select(e => e with { Pointer = entry.Pointer + e.Pointer }));
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(cancellationToken);
            return FixtureResult.Failed([.. errors.DistinctBy(e => (e.Pointer, e.Detail))]);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new FixtureResult(true, counts, []);
    }

    /// <summary>Reads the entries of one section and stages the good ones; returns their own failures at their full pointers (the checks against other rows come later).</summary>
    private async Task<List<FieldError>> StageAsync(Resource resource, JsonArray entries, string pointer, Load load, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var seen = load.SeenIds.TryGetValue(resource, out var known) ? known : load.SeenIds[resource] = [];
        var name = resource.FixtureSection!;
        for (var index = 0; index < entries.Count; index++)
        {
            var at = $"{pointer}/{index}";
            if (entries[index] is not JsonObject json)
            {
                errors.Add(new FieldError(at, $"A {name} entry must be a JSON object."));
                continue;
            }

            // Unknown fields are errors here whatever Strict says: a typo in a fixture should not pass silently.
            var children = resource.FixtureChildren.ToDictionary(c => c.Key, StringComparer.Ordinal);
            var extraNames = resource.FixtureExtras?.Names ?? [];
            var fields = new JsonObject();
            var extras = new JsonObject();
            foreach (var (key, value) in json)
            {
                (key == IdField || children.ContainsKey(key) || extraNames.Contains(key) ? extras : fields)[key] = value?.DeepClone();
            }

            var input = ResourceWriter.Read(resource.Definition, fields, creating: true, strict: true);
            var entryErrors = input.Failures;
            var id = FixedId(extras[IdField], entryErrors)
                ?? (load.Source is { } file ? FixtureIds.Derived(file, load.Account, at) : ids.Next());
            var now = clock.UtcNowMilliseconds();
            var document = resource.Definition.New(id, now);
            resource.Definition.Apply(document, input.Values);
            var stage = seen.Add(id);
            if (!stage)
            {
                entryErrors.Add(new FieldError("/id", $"id {id} is used by an earlier entry."));
            }

            if (await resource.OwnerAsync(db, id, cancellationToken) is { } owner && owner != load.Account)
            {
                // A fixed id replaces the account's own entry of an earlier load, never another account's resource.
                entryErrors.Add(new FieldError("/id", $"id {id} is the id of another account's {name} entry: choose another id."));
            }

            if (resource.IdOfAnotherType is { } taken && await taken(db, id, cancellationToken))
            {
                entryErrors.Add(new FieldError("/id", $"id {id} is the id of a connection of another type: connection ids are unique across types."));
            }

            var row = resource.NewRow(id, load.Account, now);
            if (resource.FixtureExtras is { } extra)
            {
                var named = new JsonObject(extras.Where(p => extraNames.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
                var given = ResourceWriter.ReadAll(extra.Definition, named);
                entryErrors.AddRange(given.Failures.Count > 0 ? given.Failures
                    : await extra.Apply(new FixtureExtrasCall(services, db, row, document, given.Values, cancellationToken)));
            }

            load.Read.Add(new ReadEntry(resource, row, document, at, entryErrors));
            if (stage && entryErrors.Count == 0)
            {
                // A fixed id replaces what a previous load stored under it, so a fixtures file can be loaded at every start.
                await resource.DeleteAsync(db, id, cancellationToken);
                row.Write(document);
                db.Add(row);
                foreach (var child in resource.FixtureChildren)
                {
                    if (extras[child.Key] is { } given)
                    {
                        errors.AddRange(given is JsonArray items
                            ? await StageAsync(child.Child, Attached(items, child.ParentField, id), $"{at}/{child.Key}", load, cancellationToken)
                            : [new FieldError($"{at}/{child.Key}", $"{child.Key} must be an array of {child.Child.FixtureSection} entries.")]);
                    }
                }
            }

            errors.AddRange(entryErrors.Select(e => e with { Pointer = at + e.Pointer }));
        }

        return errors;
    }

    /// <summary>A unique field whose value an earlier entry of the same load holds, staged or not (staged ones the writer sees itself).</summary>
    private static IEnumerable<FieldError> HeldByAnotherEntry(ReadEntry entry, List<ReadEntry> read)
    {
        foreach (var field in entry.Resource.Definition.Uniques)
        {
            var value = (string?)entry.Document[field.Name];
            var spec = field.Unique!;
            if (value is not null && read.TakeWhile(e => e != entry).Any(e => e.Resource == entry.Resource && e.Failed.Count > 0
                    && (string?)e.Document[field.Name] == value && (spec.AcrossAccounts || e.Row.Account == entry.Row.Account)))
            {
                yield return new FieldError($"/{field.Name}", string.Format(CultureInfo.InvariantCulture, spec.Message, value));
            }
        }
    }

    /// <summary>A fixed id given as digits or a number; null (and an error) when it is not one, null when none is given.</summary>
    private static long? FixedId(JsonNode? given, List<FieldError> errors)
    {
        if (given is null)
        {
            return null;
        }

        var text = given is JsonValue value && value.TryGetValue<string>(out var s) ? s
            : given is JsonValue number && number.TryGetValue<long>(out var n) ? n.ToString(CultureInfo.InvariantCulture)
            : null;
        if (text is not null && Formats.Id.Problem(text) is null)
        {
            return Formats.ParseId(text);
        }

        errors.Add(new FieldError("/id", text is null ? "id must be a string of digits." : $"id {Formats.Id.Problem(text)}"));
        return null;
    }

    /// <summary>Child entries with the parent's id in their parent field (entries that are not objects are passed on for the child to report).</summary>
    private static JsonArray Attached(JsonArray items, string parentField, long parentId) =>
        [.. items.Select(item =>
        {
            var copy = item?.DeepClone();
            if (copy is JsonObject child)
            {
                child[parentField] = parentId.ToString(CultureInfo.InvariantCulture);
            }

            return copy;
        })];

    /// <summary>An entry read, staged or not, with the failures of its own fields (the later checks skip those fields).</summary>
    private sealed record ReadEntry(Resource Resource, StoredResource Row, JsonObject Document, string Pointer, List<FieldError> Failed);

    /// <summary>What one load has staged so far, for the checks that follow, and the ids each section has used.</summary>
    private sealed class Load(string account, string? source)
    {
        public string Account { get; set; } = account;

        /// <summary>The file the document was read from, if any: entries without an id get ids derived from it.</summary>
        public string? Source { get; } = source;

        public List<ReadEntry> Read { get; } = [];

        public Dictionary<Resource, HashSet<long>> SeenIds { get; } = [];
    }
}

public sealed record FixtureResult(bool Loaded, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<FieldError> Errors)
{
    public static FixtureResult Failed(IReadOnlyList<FieldError> errors) => new(false, new Dictionary<string, int>(), errors);
}
