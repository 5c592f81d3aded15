using System.Text.Json.Nodes;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Data;

namespace TelnyxMock.Resources;

/// <summary>What a write came to: the row written (or deleted), every failure of the request, or no such resource.</summary>
public sealed record Written(StoredResource? Row, IReadOnlyList<FieldError> Errors, bool NotFound)
{
    public static Written Missing { get; } = new(null, [], true);

    public static Written Failed(IReadOnlyList<FieldError> errors) => new(null, errors, false);

    /// <summary>The write made the resource (a create), so the answer names where it lives.</summary>
    public bool Created { get; init; }
}

/// <summary>A body bound to a definition: the fields of the right type and every failure of the fields' own rules.</summary>
public sealed record BoundInput(JsonObject Values, List<FieldError> Failures);

/// <summary>
/// The one way a resource is made, changed and deleted, for the endpoints of both surfaces and for fixtures alike:
/// bind, check each field's own rules, make the new document or merge into the stored one, check the rules across
/// fields, the links and the unique fields, store, and keep every link to what changed or went true, in the same
/// transaction. A body whose fields fail is answered with every failure at once without taking a write lock.
/// </summary>
public sealed partial class ResourceWriter(MockDbContext db, IdGenerator ids, TimeProvider clock, ResourceRegistry registry)
{
    /// <summary>Binds <paramref name="body"/> to <paramref name="definition"/> and checks each field's own rules (required ones on create).</summary>
    public static BoundInput Read(ResourceDefinition definition, JsonObject body, bool creating, bool strict)
    {
        var bound = ShapeBinder.Bind(definition.Shape, body, strict);
        var typeErrors = bound.Errors.Select(e => e.Pointer).ToHashSet(StringComparer.Ordinal);
        var result = ShapeValidator.For(definition.Shape, creating).Validate(bound.Values);
        var failures = bound.Errors.Concat(result.Errors
                .Select(failure => Named(ShapeValidator.ToPointer(failure.PropertyName), failure.ErrorMessage))
                .Where(e => !typeErrors.Contains(e.Pointer)))
            .DistinctBy(e => e.Pointer)
            .ToList();
        return new BoundInput(bound.Values, failures);
    }

    /// <summary>
    /// Binds and checks a body that is not stored as a resource (a control request, a fixture entry's extras): every
    /// failure of its fields and of its definition's rules, one per field.
    /// </summary>
    public static BoundInput ReadAll(ResourceDefinition definition, JsonObject body)
    {
        var input = Read(definition, body, creating: true, strict: true);
        return input with { Failures = Combine(input.Failures, definition.Check(input.Values)) };
    }

    public async Task<Written> CreateAsync(Resource resource, string account, JsonObject body, bool strict, CancellationToken cancellationToken)
    {
        var input = Read(resource.Definition, body, creating: true, strict);
        var now = clock.UtcNowMilliseconds();
        var id = ids.Next();
        var document = resource.Definition.New(id, now);
        resource.Definition.Apply(document, input.Values);
        if (input.Failures.Count > 0)
        {
            // What the body's good fields would make is checked too (without the lock, and nothing is kept), so every failure comes at once.
            var found = await CheckAsync(resource, document, id, account, cancellationToken);
            found.AddRange(await AlsoCreatesAsync(resource, account, document, now, cancellationToken));
            db.ChangeTracker.Clear();
            return Written.Failed(Combine(input.Failures, found));
        }

        var scope = ScopeOf(resource, document, account);
        return await RetriedAsync(async () =>
        {
            // Each attempt starts from the document as the body made it: the checks and what the create also makes complete it.
            var made = document.DeepClone().AsObject();
            // The checks against other rows and the insert see the same state: no other write of what the checks read runs between them.
            await using var transaction = await db.BeginWriteAsync(scope, cancellationToken);
            var errors = await CheckAsync(resource, made, id, account, cancellationToken);
            errors = Combine(errors, await AlsoCreatesAsync(resource, account, made, now, cancellationToken));
            if (errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return Written.Failed(errors);
            }

            var row = resource.NewRow(id, account, now);
            row.Write(made);
            db.Add(row);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Written(row, [], false) { Created = true };
        });
    }

    /// <summary>
    /// What a create must hold while it checks and inserts: nothing when its checks read no other row of the account (no
    /// link named, no limited or account-unique value, nothing else made with it), since an id is new and uniqueness
    /// across accounts is the unique indexes'; else the account.
    /// </summary>
    private static WriteScope ScopeOf(Resource resource, JsonObject document, string account) =>
        resource.AlsoCreates is null
        && resource.Definition.Links.All(f => f.ValueIn(document) is null)
        && resource.Definition.Limited.All(f => document[f.Name] is null)
        && resource.Definition.Uniques.All(f => f.Unique!.AcrossAccounts || document[f.Name] is null)
            ? WriteScope.OwnRows
            : WriteScope.OfAccount(account);

    /// <summary>Runs a write again, from the start, while it loses a race that only the database saw (see <see cref="MockDbContext.LostRace"/>).</summary>
    private async Task<Written> RetriedAsync(Func<Task<Written>> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await write();
            }
            catch (Exception exception) when (attempt < MaxAttempts && MockDbContext.LostRace(exception))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private const int MaxAttempts = 10;

    /// <summary>
    /// Stages a new resource made by another's create (a number order's phone numbers), in that create's transaction:
    /// <paramref name="values"/> are read as a create body, <paramref name="fill"/> then writes what no request may (the
    /// number itself), and the rules, links and unique fields are checked against what is stored and staged. Returns the
    /// staged row, or every failure (pointers relative to the new resource) and nothing staged.
    /// </summary>
    public async Task<(StoredResource? Row, List<FieldError> Errors)> StageAsync(
        Resource resource, string account, JsonObject values, DateTime now, Func<JsonObject, long, IReadOnlyList<FieldError>> fill, CancellationToken cancellationToken)
    {
        var input = Read(resource.Definition, values, creating: true, strict: true);
        var id = ids.Next();
        var document = resource.Definition.New(id, now);
        resource.Definition.Apply(document, input.Values);
        var filled = fill(document, id);
        if (filled.Count > 0)
        {
            return (null, Combine(input.Failures, filled));
        }

        var errors = Combine(input.Failures, await CheckAsync(resource, document, id, account, cancellationToken));
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var row = resource.NewRow(id, account, now);
        row.Write(document);
        db.Add(row);
        return (row, []);
    }

    private async Task<IReadOnlyList<FieldError>> AlsoCreatesAsync(Resource resource, string account, JsonObject document, DateTime now, CancellationToken cancellationToken) =>
        resource.AlsoCreates is { } also ? await also(new AlsoCreatesCall(this, account, document, now, cancellationToken)) : [];

    /// <summary>
    /// Merges <paramref name="body"/> into the resource, read by its definition or by <paramref name="view"/>, another
    /// definition of part of the same document (a phone number's voice settings).
    /// </summary>
    public async Task<Written> UpdateAsync(Resource resource, string account, string id, JsonObject body, bool strict, CancellationToken cancellationToken,
        ResourceDefinition? view = null)
    {
        var definition = view ?? resource.Definition;
        var input = Read(definition, body, creating: false, strict);
        var known = resource.TryParse(id, out var key);
        if (input.Failures.Count > 0)
        {
            // A body that fails its own rules is answered as such, whether or not the id exists, with the rules on the merged result.
            var stored = known ? await resource.FindAsync(db, key, account, tracking: false, cancellationToken) : null;
            if (stored is null)
            {
                return Written.Failed(input.Failures);
            }

            var merged = stored.Read();
            definition.Apply(merged, input.Values);
            return Written.Failed(Combine(input.Failures, await CheckAsync(resource, merged, key, account, cancellationToken, view)));
        }

        if (!known)
        {
            return Written.Missing;
        }

        var now = clock.UtcNowMilliseconds();
        return await RetriedAsync(() => MergeAsync(resource, definition, account, key, input, now, view, cancellationToken));
    }

    private async Task<Written> MergeAsync(Resource resource, ResourceDefinition definition, string account, long key, BoundInput input, DateTime now,
        ResourceDefinition? view, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginWriteAsync(WriteScope.OfAccount(account), cancellationToken);
        while (true)
        {
            var row = await resource.FindAsync(db, key, account, tracking: true, cancellationToken);
            if (row is null)
            {
                return Written.Missing;
            }

            var owners = Owners(resource, row);
            var document = row.Read();
            definition.Apply(document, input.Values);
            var errors = await CheckAsync(resource, document, key, account, cancellationToken, view);
            if (errors.Count > 0)
            {
                return Written.Failed(errors);
            }

            row.UpdatedAt = ResourceDefinition.Touch(document, row.UpdatedAt, now);
            row.Write(document);
            if (!await db.SaveUnlessChangedAsync(cancellationToken))
            {
                continue;
            }

            // A row that moved to another owner (an IP to another connection) is no longer named by the old one.
            foreach (var (link, owner) in owners.Where(o => o.Link.Field.Link.ScopeOf(row) != o.Owner))
            {
                await ClearAsync(link.Source, link.Field, owner, row, now, [], cancellationToken);
            }

            await ShowAsync(resource, row, document, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Written(row, [], false);
        }
    }

    public async Task<Written> DeleteAsync(Resource resource, string account, string id, CancellationToken cancellationToken)
    {
        if (!resource.TryParse(id, out var key))
        {
            return Written.Missing;
        }

        return await RetriedAsync(async () =>
        {
            await using var transaction = await db.BeginWriteAsync(WriteScope.OfAccount(account), cancellationToken);
            var row = await resource.FindAsync(db, key, account, tracking: true, cancellationToken);
            if (row is null)
            {
                return Written.Missing;
            }

            await ForgetAsync(resource, row, clock.UtcNowMilliseconds(), [(resource.RowType, key)], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await resource.DeleteAsync(db, key, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Written(row, [], false);
        });
    }
}
