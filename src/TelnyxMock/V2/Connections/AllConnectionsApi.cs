using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Errors;
using TelnyxMock.Data;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.Connections;

/// <summary>
/// Telnyx's <c>/v2/connections</c>: every V2 connection of the account, of every type, with the same filters, sort and
/// paging as the typed lists (one query over the types' tables: the stored rows share their columns), one of any
/// type by id, and its active calls (none: the mock places no calls).
/// </summary>
public static class AllConnectionsApi
{
    public static RouteGroupBuilder MapV2Connections(this IEndpointRouteBuilder app)
    {
        var group = app.MapSurface<AuthFilter>("/v2/connections", "Connections", Surface.V2);

        group.MapGet("/", ListConnections)
            .WithOperation("ListConnections", "List connections")
            .WithQueryParameters(V2ConnectionListOptions.Parameters)
            .WithDescription("Returns your connections of every type (IP, credential, FQDN), each with its record_type, filtered, sorted (newest first by default) and paged.")
            .ProducesResource(ConnectionSummaryDefinition.Definition, StatusCodes.Status200OK, ResourceWrapping.Page)
            .ProducesV2Errors(StatusCodes.Status400BadRequest);

        group.MapGet("/{id}", RetrieveConnection)
            .WithOperation("RetrieveConnection", "Retrieve a connection", "One of your connections, of any type; /v2/{record_type}s/{id} has all of its fields.")
            .ProducesResource(ConnectionSummaryDefinition.Definition, StatusCodes.Status200OK, ResourceWrapping.Data)
            .ProducesV2Errors(StatusCodes.Status404NotFound);

        group.MapGet("/{connection_id}/active_calls", ListActiveCalls)
            .WithOperation("ListConnectionActiveCalls", "List all active calls for given connection", "Always an empty page for one of your connections (the mock places no calls); 404 for any other id.")
            .WithQueryParameters(ActiveCallParameters)
            .Produces<ActiveCallsPage>()
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound);

        return group;
    }

    public static readonly QueryParameter PageLimitParameter = new("page[limit]", QueryKind.Integer, "Calls per page.")
    { Minimum = 1, Maximum = 250, Default = 20 };

    public static IReadOnlyList<QueryParameter> ActiveCallParameters { get; } = [PageLimitParameter];

    public static async Task<IResult> ListConnections(HttpRequest request, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var (options, errors) = V2ConnectionListOptions.Read(request.Query);
        if (errors.Count > 0)
        {
            return V2Errors.Instance.InvalidQuery(errors);
        }

        var filtered = db.Set<V2ConnectionRow>().Where(c => c.Account == account.Name).Filter(options, db);

        var total = await db.CountAsync(filtered, (typeof(V2ConnectionRow), account.Name, options with { Sort = string.Empty, PageNumber = 0, PageSize = 0 }), cancellationToken);
        var documents = await filtered.Sort(options.Sort)
            .Skip((int)Math.Min((long)(options.PageNumber - 1) * options.PageSize, int.MaxValue))
            .Take(options.PageSize)
            .Select(c => c.Document)
            .ToListAsync(cancellationToken);
        return ResourceJson.Page(documents.Select(ConnectionSummaryDefinition.Of), PaginationMeta.Of(options.PageNumber, options.PageSize, total));
    }

    public static async Task<IResult> RetrieveConnection(string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var document = await DocumentAsync(id, db, account, cancellationToken);
        return document is null ? V2Errors.NotFoundResult() : ResourceJson.Data(ConnectionSummaryDefinition.Of(document));
    }

    public static async Task<IResult> ListActiveCalls(string connection_id, HttpRequest request, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var reader = new QueryReader(request.Query, V2ListParameters.ToPointer);
        reader.Integer(PageLimitParameter);
        if (reader.Errors.Count > 0)
        {
            return V2Errors.Instance.InvalidQuery(reader.Errors);
        }

        return await DocumentAsync(connection_id, db, account, cancellationToken) is null
            ? V2Errors.NotFoundResult()
            : TypedResults.Ok(new ActiveCallsPage([], new CursorPaginationMeta(new Cursors(), 0)));
    }

    private static async Task<string?> DocumentAsync(string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken) =>
        V2Resource<IpConnections.IpConnectionRow>.TryParseId(id, out var key)
            ? await db.Set<V2ConnectionRow>().Where(c => c.Id == key && c.Account == account.Name).Select(c => c.Document).FirstOrDefaultAsync(cancellationToken)
            : null;
}

/// <summary>The answer of active_calls: a cursor page of calls, always empty here.</summary>
public sealed record ActiveCallsPage(IReadOnlyList<JsonObject> Data, CursorPaginationMeta Meta);

public sealed record CursorPaginationMeta(Cursors Cursors, int TotalItems);

/// <summary>No page before or after an empty one: both cursors are left out.</summary>
public sealed record Cursors;
