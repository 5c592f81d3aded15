using System.Linq.Expressions;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common.Errors;
using TelnyxMock.Data;

namespace TelnyxMock.Resources;

/// <summary>
/// One resource type, registered once: its definition, its row type and how fixtures hold it. The engine takes
/// everything else from here: the writer (<see cref="ResourceWriter"/>) makes, changes and deletes rows and keeps links
/// true, the fixtures loader reads entries of <see cref="FixtureSection"/>, and the store, reset, journal, Swagger
/// and the tests' matrices find the resource through the registry (<see cref="ResourceRegistry"/>).
/// </summary>
public abstract class Resource
{
    public required ResourceDefinition Definition { get; init; }

    /// <summary>The key of the resource's section in a fixtures document (<c>ip_connections</c>), or null for none.</summary>
    public string? FixtureSection { get; init; }

    /// <summary>Entries a fixtures entry may hold of another resource attached to it (an IP connection's <c>ips</c>).</summary>
    public IReadOnlyList<FixtureChild> FixtureChildren { get; init; } = [];

    /// <summary>
    /// Fixture-only fields besides <c>id</c> and the children (a credential connection's <c>registration</c>) and what
    /// they do to the new row and document; returns their failures, pointers relative to the entry.
    /// </summary>
    public FixtureExtras? FixtureExtras { get; init; }

    /// <summary>
    /// What a create makes besides the resource (a number order's phone numbers), staged in the create's transaction with
    /// <see cref="ResourceWriter.StageAsync"/>; returns the failures, which undo the whole create. It may complete the new
    /// resource's document.
    /// </summary>
    public Func<AlsoCreatesCall, Task<IReadOnlyList<FieldError>>>? AlsoCreates { get; init; }

    public abstract Type RowType { get; }

    /// <summary>Whether a row of another type in the same id space (every V2 connection type) holds an id.</summary>
    public Func<MockDbContext, long, CancellationToken, Task<bool>>? IdOfAnotherType { get; init; }

    internal abstract StoredResource NewRow(long id, string account, DateTime now);

    internal abstract Task<StoredResource?> FindAsync(MockDbContext db, long id, string account, bool tracking, CancellationToken cancellationToken);

    /// <summary>The account's rows (tracked) whose <paramref name="column"/> holds <paramref name="value"/>.</summary>
    internal abstract Task<List<StoredResource>> WhereAsync(MockDbContext db, string column, long value, string account, CancellationToken cancellationToken);

    /// <summary>Whether a row other than <paramref name="id"/> (of <paramref name="account"/>, unless null) holds <paramref name="value"/> in <paramref name="column"/>, stored or staged.</summary>
    internal abstract Task<bool> HoldsAsync(MockDbContext db, string column, string value, long id, string? account, CancellationToken cancellationToken);

    internal abstract Task DeleteAsync(MockDbContext db, long id, CancellationToken cancellationToken);

    /// <summary>How many rows of <paramref name="account"/> other than <paramref name="id"/> hold <paramref name="value"/> in <paramref name="column"/>, stored or staged.</summary>
    internal abstract Task<int> CountAsync(MockDbContext db, string column, string value, long id, string account, CancellationToken cancellationToken);

    /// <summary>The account whose row holds <paramref name="id"/>, or null when none does.</summary>
    internal abstract Task<string?> OwnerAsync(MockDbContext db, long id, CancellationToken cancellationToken);

    /// <summary>Reads a decimal id (a connection's, a profile's).</summary>
    public static bool TryParseId(string id, out long key) => IdFormat.Decimal.TryParse(id, out key);

    /// <summary>Reads an id of this resource, as its definition writes them (<see cref="ResourceDefinition.Ids"/>).</summary>
    public bool TryParse(string id, out long key) => Definition.Ids.TryParse(id, out key);
}

/// <summary>A child section inside a fixtures entry: <paramref name="Key"/> holds entries of <paramref name="Child"/>, whose <paramref name="ParentField"/> names the entry.</summary>
public sealed record FixtureChild(string Key, Resource Child, string ParentField);

/// <summary>
/// Fixture-only fields a resource's entries may carry (see <see cref="Resource.FixtureExtras"/>), described the way a
/// resource's fields are: the loader binds and checks them with <paramref name="Definition"/> and, when they pass,
/// hands their values to <paramref name="Apply"/>, which returns what only the store can tell (an id already taken).
/// </summary>
public sealed record FixtureExtras(ResourceDefinition Definition, Func<FixtureExtrasCall, Task<IReadOnlyList<FieldError>>> Apply)
{
    public IReadOnlyList<string> Names { get; } = [.. Definition.Shape.Fields.Select(f => f.Name)];
}

/// <summary>What <see cref="Resource.AlsoCreates"/> is called with: the writer to stage with, the account, the new document and the time of the create.</summary>
public sealed record AlsoCreatesCall(ResourceWriter Writer, string Account, JsonObject Document, DateTime Now, CancellationToken CancellationToken);

/// <summary>What a fixture's extras are applied with: the services, the store, the staged row, its document and the extras' checked values.</summary>
public sealed record FixtureExtrasCall(IServiceProvider Services, MockDbContext Db, StoredResource Row, JsonObject Document, JsonObject Extras, CancellationToken CancellationToken);

/// <summary>A resource stored as rows of <typeparamref name="TRow"/>.</summary>
public class Resource<TRow> : Resource
    where TRow : StoredResource, new()
{
    private static readonly ParameterExpression Row = Expression.Parameter(typeof(TRow), "row");

    public override Type RowType => typeof(TRow);

    /// <summary>The id check of a resource whose ids are unique across every row type deriving from <typeparamref name="TBase"/>.</summary>
    public static Func<MockDbContext, long, CancellationToken, Task<bool>> SharesIdsWith<TBase>()
        where TBase : StoredResource =>
        async (db, id, cancellationToken) =>
            db.ChangeTracker.Entries<TBase>().Any(e => e.Entity.Id == id && e.Entity is not TRow)
            || await db.Set<TBase>().AnyAsync(c => c.Id == id && !(c is TRow), cancellationToken);

    internal override StoredResource NewRow(long id, string account, DateTime now) =>
        new TRow { Id = id, Account = account, CreatedAt = now, UpdatedAt = now };

    internal override async Task<StoredResource?> FindAsync(MockDbContext db, long id, string account, bool tracking, CancellationToken cancellationToken)
    {
        var rows = tracking ? db.Set<TRow>().AsTracking() : db.Set<TRow>().AsNoTracking();
        return await rows.FirstOrDefaultAsync(r => r.Id == id && r.Account == account, cancellationToken);
    }

    internal override async Task<List<StoredResource>> WhereAsync(MockDbContext db, string column, long value, string account, CancellationToken cancellationToken)
    {
        var box = new Box { Number = value, Account = account };
        var test = Expression.AndAlso(
            Expression.Equal(Expression.Convert(Expression.Property(Row, column), typeof(long?)), Expression.Field(Expression.Constant(box), nameof(Box.Number))),
            Expression.Equal(Expression.Property(Row, nameof(StoredResource.Account)), Expression.Field(Expression.Constant(box), nameof(Box.Account))));
        return [.. await db.Set<TRow>().AsTracking().Where(Expression.Lambda<Func<TRow, bool>>(test, Row)).ToListAsync(cancellationToken)];
    }

    internal override async Task<bool> HoldsAsync(MockDbContext db, string column, string value, long id, string? account, CancellationToken cancellationToken)
    {
        var read = Columns.GetOrAdd(column, name => Expression.Lambda<Func<TRow, string?>>(Expression.Property(Row, name), Row).Compile());
        if (db.ChangeTracker.Entries<TRow>().Any(e => e.State != EntityState.Deleted && e.Entity.Id != id && read(e.Entity) == value && (account is null || e.Entity.Account == account)))
        {
            return true;
        }

        var box = new Box { Text = value, Number = id, Account = account ?? string.Empty };
        Expression test = Expression.AndAlso(
            Expression.Equal(Expression.Property(Row, column), Expression.Field(Expression.Constant(box), nameof(Box.Text))),
            Expression.NotEqual(Expression.Convert(Expression.Property(Row, nameof(StoredResource.Id)), typeof(long?)), Expression.Field(Expression.Constant(box), nameof(Box.Number))));
        if (account is not null)
        {
            test = Expression.AndAlso(test, Expression.Equal(Expression.Property(Row, nameof(StoredResource.Account)), Expression.Field(Expression.Constant(box), nameof(Box.Account))));
        }

        return await db.Set<TRow>().AnyAsync(Expression.Lambda<Func<TRow, bool>>(test, Row), cancellationToken);
    }

    internal override Task DeleteAsync(MockDbContext db, long id, CancellationToken cancellationToken) =>
        db.Set<TRow>().Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);

    internal override async Task<int> CountAsync(MockDbContext db, string column, string value, long id, string account, CancellationToken cancellationToken)
    {
        var read = Columns.GetOrAdd(column, name => Expression.Lambda<Func<TRow, string?>>(Expression.Property(Row, name), Row).Compile());
        var staged = db.ChangeTracker.Entries<TRow>().Where(e => e.State == EntityState.Added && e.Entity.Id != id && read(e.Entity) == value && e.Entity.Account == account).Count();
        var box = new Box { Text = value, Number = id, Account = account };
        var test = Expression.AndAlso(
            Expression.AndAlso(
                Expression.Equal(Expression.Property(Row, column), Expression.Field(Expression.Constant(box), nameof(Box.Text))),
                Expression.NotEqual(Expression.Convert(Expression.Property(Row, nameof(StoredResource.Id)), typeof(long?)), Expression.Field(Expression.Constant(box), nameof(Box.Number)))),
            Expression.Equal(Expression.Property(Row, nameof(StoredResource.Account)), Expression.Field(Expression.Constant(box), nameof(Box.Account))));
        return staged + await db.Set<TRow>().CountAsync(Expression.Lambda<Func<TRow, bool>>(test, Row), cancellationToken);
    }

    internal override Task<string?> OwnerAsync(MockDbContext db, long id, CancellationToken cancellationToken) =>
        db.Set<TRow>().Where(r => r.Id == id).Select(r => r.Account).FirstOrDefaultAsync(cancellationToken);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Func<TRow, string?>> Columns = new();

    /// <summary>Values a query reads from a field, so EF sends them as parameters and compiles the query once.</summary>
    private sealed class Box
    {
        public long? Number;
        public string? Text;
        public string Account = string.Empty;
    }
}

/// <summary>
/// Every registered resource, and every link between them: which fields name which row types, so a delete knows what
/// to clear or delete with it. Built once from the registrations the composition root makes.
/// </summary>
public sealed class ResourceRegistry(IEnumerable<Resource> resources)
{
    public IReadOnlyList<Resource> All { get; } = [.. resources];

    /// <summary>The links that name rows of <paramref name="rowType"/>, with the resource whose field each is.</summary>
    public IReadOnlyList<(Resource Source, LinkedField Field)> LinksTo(Type rowType) =>
        linksTo.GetOrAdd(rowType, type => [.. All.SelectMany(r => r.Definition.Links.Select(f => (r, f))).Where(x => x.f.Link.Target.IsAssignableFrom(type))]);

    public Resource? BySection(string name) => All.FirstOrDefault(r => r.FixtureSection == name);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IReadOnlyList<(Resource, LinkedField)>> linksTo = new();
}

/// <summary>A registration that maps its own routes (the composition root maps every registered one).</summary>
public interface IMappedResource
{
    RouteGroupBuilder Map(IEndpointRouteBuilder app);
}
