using System.Diagnostics.CodeAnalysis;
using TelnyxMock.Data;
using TelnyxMock.Resources;

namespace TelnyxMock.V2;

/// <summary>A V2 list request once read: its filters, its order, its page, and a key naming the filters (for cached totals).</summary>
public sealed record V2ListQuery<TRow>(
    Func<IQueryable<TRow>, IQueryable<TRow>> Filter,
    Func<IQueryable<TRow>, IQueryable<TRow>> Sort,
    int PageNumber,
    int PageSize,
    object FilterKey);

/// <summary>
/// Where a V2 resource lives (<paramref name="Path"/>, its Swagger <paramref name="Tag"/>) and how it is named: "Ip" and
/// "Ips" make ListIps, CreateIp, RetrieveIp; "an Ip" and "Ips" make the summaries "Create an Ip", "List Ips", as
/// Telnyx words them.
/// </summary>
public sealed record V2Names(string Path, string Tag, string Singular, string Plural, string Noun, string Nouns);

/// <summary>The operation ids of the five V2 operations, where Telnyx's reference names them otherwise than List…/Create…/Retrieve….</summary>
public sealed record V2OperationIds(string List, string Create, string Retrieve, string Update, string Delete);

/// <summary>The operations a V2 resource has: all five, or fewer (phone numbers are made by number orders, never posted).</summary>
[Flags]
public enum V2Operations
{
    List = 1,
    Create = 2,
    Retrieve = 4,
    Update = 8,
    Delete = 16,
    All = List | Create | Retrieve | Update | Delete,
}

/// <summary>How a delete answers when it is not the resource as it was: <paramref name="Definition"/>'s view of it, marked deleted by <paramref name="Mark"/>.</summary>
public sealed record V2Deleted(ResourceDefinition Definition, Action<System.Text.Json.Nodes.JsonObject> Mark);

/// <summary>
/// Part of a resource served at a sub-path of its own (a phone number's voice settings): listed at
/// <c>{path}/{Segment}</c>, read and changed at <c>{path}/{id}/{Segment}</c>. <paramref name="Definition"/> names the
/// part's fields, which live in the resource's document.
/// </summary>
public sealed record V2View<TRow>(string Segment, ResourceDefinition Definition, V2List<TRow> List, V2ViewOperationIds OperationIds, string Noun, string Nouns)
{
    public string? ListDescription { get; init; }

    public string UpdateExample { get; init; } = "{}";
}

/// <summary>The operation ids of a view's list, retrieve and update.</summary>
public sealed record V2ViewOperationIds(string List, string Retrieve, string Update);

/// <summary>
/// Fields worked out at every read rather than stored (a profile's <c>connections_count</c>): given the account and the
/// stored documents about to be answered, the documents to answer, in the same order.
/// </summary>
public delegate Task<IReadOnlyList<string>> V2Computed(V2Read read, IReadOnlyList<string> documents);

/// <summary>What a read is made with: the store, the account, the mock's time of the request.</summary>
public sealed record V2Read(MockDbContext Db, string Account, DateTime Now, CancellationToken CancellationToken);

/// <summary>
/// The registration of one V2 resource: the engine's (<see cref="Resource{TRow}"/>: definition, row, fixtures) and
/// where it lives, how its list is read and how Swagger words it. <see cref="V2ResourceApi"/> turns it into the five
/// V2 operations.
/// </summary>
public class V2Resource<TRow> : Resource<TRow>, IMappedResource
    where TRow : StoredResource, new()
{
    /// <summary>The registration of <paramref name="definition"/>, living and named as <paramref name="names"/> say.</summary>
    [SetsRequiredMembers]
    public V2Resource(ResourceDefinition definition, V2Names names)
    {
        Definition = definition;
        Names = names;
    }

    /// <summary>Where it lives and how operations and summaries name it.</summary>
    public V2Names Names { get; }

    /// <summary>The collection path: <c>/v2/ips</c>.</summary>
    public string Path => Names.Path;

    public string Tag => Names.Tag;

    public string Singular => Names.Singular;

    public string Plural => Names.Plural;

    public string Noun => Names.Noun;

    public string Nouns => Names.Nouns;

    /// <summary>The operation ids, as Telnyx's reference gives them (List{Plural}, Create{Singular}, Retrieve{Singular}, … unless set).</summary>
    public V2OperationIds OperationIds
    {
        get => operationIds ?? new($"List{Plural}", $"Create{Singular}", $"Retrieve{Singular}", $"Update{Singular}", $"Delete{Singular}");
        init => operationIds = value;
    }

    private V2OperationIds? operationIds;

    /// <summary>The operations mapped: all five unless the reference has fewer.</summary>
    public V2Operations Operations { get; init; } = V2Operations.All;

    /// <summary>How a delete answers, when the reference words a deleted resource otherwise (a phone number's status "deleted").</summary>
    public V2Deleted? Deleted { get; init; }

    /// <summary>
    /// The fields an update takes, where the reference's update body differs from its create body (a number order's
    /// customer_reference and regulatory_requirements): a definition of part of the same document. Null: the definition's.
    /// </summary>
    public ResourceDefinition? UpdateBody { get; init; }

    /// <summary>Parts served at sub-paths of their own (see <see cref="V2View{TRow}"/>).</summary>
    public IReadOnlyList<V2View<TRow>> Views { get; init; } = [];

    /// <summary>The status of a create: 201, or 200 where the reference says so (outbound voice profiles).</summary>
    public int CreateStatus { get; init; } = StatusCodes.Status201Created;

    /// <summary>Fields computed at every read (see <see cref="V2Computed"/>); null when every field is stored.</summary>
    public V2Computed? Computed { get; init; }

    public string? ListDescription { get; init; }

    public string? DeleteDescription { get; init; }

    public string? CreateDescription { get; init; }

    /// <summary>The list's query parameters and how a request's are read (<see cref="V2Filter"/>).</summary>
    public V2List<TRow> List
    {
        get => list ?? throw new InvalidOperationException($"{Names.Path} declares no list.");
        init => list = value;
    }

    private V2List<TRow>? list;

    /// <summary>A create body that works as it is (Swagger's example; the coverage tests send it).</summary>
    public string CreateExample { get; init; } = string.Empty;

    public string UpdateExample { get; init; } = string.Empty;

    public string? UpdateDescription { get; init; }

    /// <summary>Routes the resource has besides the five (a credential connection's check_registration_status).</summary>
    public Action<RouteGroupBuilder>? MoreRoutes { get; init; }

    public RouteGroupBuilder Map(IEndpointRouteBuilder app)
    {
        if ((Operations.HasFlag(V2Operations.Create) && CreateExample.Length == 0) || (Operations.HasFlag(V2Operations.Update) && UpdateExample.Length == 0))
        {
            throw new InvalidOperationException($"{Names.Path} needs a create and an update example: Swagger shows them and the tests send them.");
        }

        var group = app.MapV2Resource(this);
        MoreRoutes?.Invoke(group);
        return group;
    }

}
