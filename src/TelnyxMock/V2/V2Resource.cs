using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;
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

/// <summary>What a hook of a V2 resource is given: the request's database context, account, time and cancellation.</summary>
public sealed record V2Call(MockDbContext Db, string Account, DateTime Now, CancellationToken CancellationToken);

/// <summary>
/// The behaviour of one V2 resource that is not in its definition, written beside it: where it lives, how its list is
/// read, what its rules need to know from other rows, and what a write or a delete does to the rows that name it.
/// <see cref="V2ResourceApi"/> turns it into the five V2 operations.
/// </summary>
public sealed class V2Resource<TRow>
    where TRow : StoredResource, new()
{
    public required ResourceDefinition Definition { get; init; }

    /// <summary>The collection path: <c>/v2/ips</c>.</summary>
    public required string Path { get; init; }

    public required string Tag { get; init; }

    /// <summary>For operation names: "Ip" and "Ips" make ListIps, CreateIp, RetrieveIp.</summary>
    public required string Singular { get; init; }

    public required string Plural { get; init; }

    /// <summary>For summaries, as Telnyx words them: "an Ip connection" makes "Create an Ip connection".</summary>
    public required string Noun { get; init; }

    /// <summary>"Ip connections" makes "List Ip connections".</summary>
    public required string Nouns { get; init; }

    public string? ListDescription { get; init; }

    public string? DeleteDescription { get; init; }

    public string? CreateDescription { get; init; }

    public required IReadOnlyList<QueryParameter> ListParameters { get; init; }

    /// <summary>Reads a list request's query, or the errors of its parameters.</summary>
    public required Func<IQueryCollection, MockDbContext, (V2ListQuery<TRow>? Query, IReadOnlyList<FieldError> Errors)> ReadList { get; init; }

    public required string CreateExample { get; init; }

    public required string UpdateExample { get; init; }

    public string? UpdateDescription { get; init; }

    /// <summary>The facts the definition's rules need from other rows, for a merged document (the row is null on create).</summary>
    public Func<V2Call, JsonObject, TRow?, Task<RuleContext>>? Context { get; init; }

    /// <summary>Sets a new or updated row's own columns that are not copied from its document (links, say).</summary>
    public Action<TRow, JsonObject>? Link { get; init; }

    /// <summary>Runs in the write transaction of an update, after the row is saved, with its previous document: keeps rows that name it consistent.</summary>
    public Func<V2Call, TRow, JsonObject, Task>? AfterUpdate { get; init; }

    /// <summary>Runs in the delete's write transaction before the row goes: clears or removes what names it.</summary>
    public Func<V2Call, TRow, Task>? BeforeDelete { get; init; }

    public static bool TryParseId(string id, out long key) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out key) && key > 0;
}
