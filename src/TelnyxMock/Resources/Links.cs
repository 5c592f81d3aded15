using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Data;

namespace TelnyxMock.Resources;

/// <summary>What deleting the resource a link names does to the resource that names it.</summary>
public enum OnDelete
{
    /// <summary>The link becomes null, and the resource's <c>updated_at</c> moves (a connection's default IP).</summary>
    Clear,

    /// <summary>The resource goes too (an IP of a deleted connection).</summary>
    Cascade,
}

/// <summary>
/// A field that names another resource, declared once on the field (<see cref="FieldSpec.Link"/>). From it follow the
/// check that the value is the exact id of such a resource of the same account (and, when <see cref="Scope"/> is set, one
/// attached to this resource), the 422 that says so, what a delete of that resource does here (<see cref="OnDelete"/>),
/// in the same transaction, and the same check for fixtures.
/// </summary>
public sealed class LinkSpec
{
    private LinkSpec(Type target)
    {
        Target = target;
    }

    /// <summary>The entity type named: a resource's row type, or a base type every linked row type shares.</summary>
    public Type Target { get; }

    /// <summary>Words for the message: "one of your IP connections", "an IP attached to this connection".</summary>
    public required string Names { get; init; }

    /// <summary>The target's column that holds the id of the resource it is attached to; only such targets are named.</summary>
    public string? Scope { get; init; }

    /// <summary>This resource's column holding the linked id, by which a delete finds the resources that name a target.</summary>
    public string? Column { get; init; }

    public OnDelete OnDelete { get; init; } = OnDelete.Clear;

    /// <summary>What to do when the scope holds nothing to name yet ("create one with POST /v2/ips …").</summary>
    public string? WhenNone { get; init; }

    /// <summary>0 means "none" as null does (V1's default authorized IPs).</summary>
    public bool ZeroMeansNone { get; init; }

    /// <summary>
    /// A field beside the link that shows a field of the target, kept current: set when the link is, changed when the
    /// target's field changes and cleared with the link (a phone number's <c>connection_name</c>).
    /// </summary>
    public LinkShows? Shows { get; init; }

    /// <summary>The target's document (stored or staged), or null when the account has no such target.</summary>
    internal Func<MockDbContext, long, string, CancellationToken, Task<JsonObject?>> Document { get; private init; } = null!;

    internal Func<MockDbContext, LinkQuery, CancellationToken, Task<bool>> Exists { get; private init; } = null!;

    internal Func<MockDbContext, long, CancellationToken, Task<List<long>>> InScope { get; private init; } = null!;

    internal Func<object, long?> ScopeOf { get; private init; } = null!;

    /// <summary>A link to rows of <typeparamref name="TTarget"/>, which have an <c>Id</c> (and, for resources, an <c>Account</c>).</summary>
    public static LinkSpec To<TTarget>(string names, string? scope = null, string? column = null, OnDelete onDelete = OnDelete.Clear, string? whenNone = null,
        bool zeroMeansNone = false, LinkShows? shows = null)
        where TTarget : class =>
        new(typeof(TTarget))
        {
            Names = names,
            Scope = scope,
            Column = column,
            OnDelete = onDelete,
            WhenNone = whenNone,
            ZeroMeansNone = zeroMeansNone,
            Shows = shows,
            Document = LinkTarget<TTarget>.DocumentAsync,
            Exists = LinkTarget<TTarget>.ExistsAsync,
            InScope = (db, owner, token) => LinkTarget<TTarget>.InScopeAsync(db, scope!, owner, token),
            ScopeOf = scope is null ? _ => null : LinkTarget<TTarget>.Getter(scope),
        };
}

/// <summary>The field <paramref name="Field"/> beside a link shows the target's field <paramref name="From"/>.</summary>
public sealed record LinkShows(string Field, string From);

/// <summary>What a link check asks: a target with this id, of this account (if the target has accounts), attached to this owner (if scoped).</summary>
internal sealed record LinkQuery(long Id, string Account, string? Scope, long Owner);

/// <summary>The queries on a link's target type, built once per type from its property names.</summary>
internal static class LinkTarget<TTarget>
    where TTarget : class
{
    private static readonly ParameterExpression Row = Expression.Parameter(typeof(TTarget), "row");

    private static readonly Func<TTarget, long> IdOf = Expression.Lambda<Func<TTarget, long>>(Expression.Convert(Expression.Property(Row, "Id"), typeof(long)), Row).Compile();

    private static readonly Func<TTarget, string>? AccountOf = typeof(TTarget).GetProperty(nameof(StoredResource.Account)) is null ? null
        : Expression.Lambda<Func<TTarget, string>>(Expression.Property(Row, nameof(StoredResource.Account)), Row).Compile();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Func<TTarget, long?>> Scopes = new();

    public static async Task<bool> ExistsAsync(MockDbContext db, LinkQuery query, CancellationToken cancellationToken)
    {
        var scope = query.Scope is null ? null : ScopeGetter(query.Scope);
        // Rows staged by a fixtures load count as much as stored ones.
        if (db.ChangeTracker.Entries<TTarget>().Any(e => e.State != EntityState.Deleted && Matches(e.Entity, query, scope)))
        {
            return true;
        }

        var box = new Box { Id = query.Id, Account = query.Account, Owner = query.Owner };
        Expression test = Expression.Equal(Expression.Convert(Expression.Property(Row, "Id"), typeof(long)), Expression.Field(Expression.Constant(box), nameof(Box.Id)));
        if (AccountOf is not null)
        {
            test = Expression.AndAlso(test, Expression.Equal(Expression.Property(Row, nameof(StoredResource.Account)), Expression.Field(Expression.Constant(box), nameof(Box.Account))));
        }

        if (query.Scope is { } name)
        {
            test = Expression.AndAlso(test, Expression.Equal(Long(Row, name), Expression.Field(Expression.Constant(box), nameof(Box.Owner))));
        }

        return await db.Set<TTarget>().AnyAsync(Expression.Lambda<Func<TTarget, bool>>(test, Row), cancellationToken);
    }

    public static async Task<JsonObject?> DocumentAsync(MockDbContext db, long id, string account, CancellationToken cancellationToken)
    {
        if (!typeof(StoredResource).IsAssignableFrom(typeof(TTarget)))
        {
            throw new InvalidOperationException($"A link that shows a field of its target needs a stored resource, not {typeof(TTarget).Name}.");
        }

        var staged = db.ChangeTracker.Entries<TTarget>().FirstOrDefault(e => e.State != EntityState.Deleted && IdOf(e.Entity) == id && AccountOf!(e.Entity) == account);
        var text = staged is not null ? ((StoredResource)(object)staged.Entity).Document
            : await db.Set<TTarget>().Cast<StoredResource>().Where(r => r.Id == id && r.Account == account).Select(r => r.Document).FirstOrDefaultAsync(cancellationToken);
        return text is null ? null : JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<List<long>> InScopeAsync(MockDbContext db, string scope, long owner, CancellationToken cancellationToken)
    {
        var box = new Box { Owner = owner };
        var attached = Expression.Lambda<Func<TTarget, bool>>(Expression.Equal(Long(Row, scope), Expression.Field(Expression.Constant(box), nameof(Box.Owner))), Row);
        var stored = await db.Set<TTarget>().Where(attached).Select(Expression.Lambda<Func<TTarget, long>>(Expression.Convert(Expression.Property(Row, "Id"), typeof(long)), Row)).ToListAsync(cancellationToken);
        var getter = ScopeGetter(scope);
        var staged = db.ChangeTracker.Entries<TTarget>().Where(e => e.State != EntityState.Deleted && getter(e.Entity) == owner).Select(e => IdOf(e.Entity));
        return [.. stored.Union(staged).Order()];
    }

    public static Func<object, long?> Getter(string property)
    {
        var getter = ScopeGetter(property);
        return row => getter((TTarget)row);
    }

    private static bool Matches(TTarget row, LinkQuery query, Func<TTarget, long?>? scope) =>
        IdOf(row) == query.Id && (AccountOf is null || AccountOf(row) == query.Account) && (scope is null || scope(row) == query.Owner);

    private static Func<TTarget, long?> ScopeGetter(string property) =>
        Scopes.GetOrAdd(property, name => Expression.Lambda<Func<TTarget, long?>>(Long(Row, name), Row).Compile());

    private static Expression Long(Expression row, string property) => Expression.Convert(Expression.Property(row, property), typeof(long?));

    /// <summary>Values a query reads from a field, so EF sends them as parameters and compiles the query once.</summary>
    private sealed class Box
    {
        public long Id;
        public string Account = string.Empty;
        public long? Owner;
    }
}
