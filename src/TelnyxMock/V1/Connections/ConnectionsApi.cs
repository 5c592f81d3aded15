using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;
using TelnyxMock.Data;
using TelnyxMock.Hosting;

namespace TelnyxMock.V1.Connections;

/// <summary>Telnyx "Connections V1": <c>/security/connections</c>.</summary>
public static class ConnectionsApi
{
    public static RouteGroupBuilder MapV1Connections(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/security/connections")
            .WithTags("Connections V1")
            .WithGroupName(OpenApiDocuments.Telnyx)
            .WithSurface(Surface.V1)
            .AddEndpointFilter<AuthFilter>()
            .AddEndpointFilter<ValidationFilter>()
            .ProducesV1Errors(StatusCodes.Status401Unauthorized, StatusCodes.Status500InternalServerError);

        group.MapGet("/", ListConnections)
            .WithName("ListConnections")
            .WithQueryParameters(ConnectionListOptions.Parameters)
            .WithSummary("List all connections")
            .WithDescription("Returns a bare JSON array of your connections, filtered, ordered and paged.");

        group.MapPost("/", CreateConnection)
            .WithName("CreateConnection")
            .WithSummary("Create a connection")
            .ChecksMergedResult()
            .WithRequestExample("""
                {"connection_name": "Office", "active": true, "anchorsite_override": "Latency", "transport_protocol": "UDP",
                 "timeout_1xx": "3", "timeout_2xx": "90", "sip_region": "Europe", "dtmf_type": "RFC 2833", "codecs": ["G722", "G711U"]}
                """)
            .ProducesV1Errors(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);

        group.MapGet("/{id}", RetrieveConnection)
            .WithName("RetrieveConnection")
            .WithSummary("Retrieve a connection");

        group.MapPut("/{id}", UpdateConnection)
            .WithName("UpdateConnection")
            .WithSummary("Update a connection")
            .ChecksMergedResult()
            .WithRequestExample("""{"active": false, "timeout_1xx": "5"}""")
            .WithDescription("Any parameters not included in the request are left unchanged.")
            .ProducesV1Errors(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);

        group.MapDelete("/{id}", DeleteConnection)
            .WithName("DeleteConnection")
            .WithSummary("Delete a connection");

        return group;
    }

    public static async Task<Results<Ok<List<ConnectionResponse>>, Ok<List<ConnectionTypeaheadResponse>>, UnprocessableEntity<V1ErrorResponse>>> ListConnections(
        HttpRequest request, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var (options, errors) = ConnectionListOptions.Read(request.Query);
        if (errors.Count > 0)
        {
            return V1Errors.InvalidQueryResult(errors);
        }

        var query = db.OfAccount(account.Name)
            .Filter(options)
            .Order(options.OrderBy, options.Reverse)
            .Skip((int)Math.Min((long)(options.Page - 1) * options.PerPage, int.MaxValue))
            .Take(options.PerPage);

        if (options.Typeahead)
        {
            var items = await query
                .Select(c => new ConnectionTypeaheadResponse(c.Id.ToString(), c.ConnectionName))
                .ToListAsync(cancellationToken);
            return TypedResults.Ok(items);
        }

        if (options.WithIps)
        {
            query = query.Include(c => c.AuthorizedIps);
        }

        if (options.WithAuth)
        {
            query = query.Include(c => c.Credentials);
        }

        if (options.WithFqdns)
        {
            query = query.Include(c => c.Fqdns);
        }

        var connections = await query.AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok(connections.Select(c => c.ToResponse(options.WithIps, options.WithAuth, options.WithFqdns)).ToList());
    }

    public static async Task<Results<Ok<ConnectionResponse>, BadRequest<V1ErrorResponse>>> CreateConnection(
        JsonBody<CreateConnectionRequest> body, MockDbContext db, CurrentAccount account, IdGenerator ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.UtcNowMilliseconds();
        var connection = ConnectionMapping.New(ids.Next(), account.Name, now);
        body.Request.ApplyTo(connection, body.Has);
        var errors = body.AllFailures(ConnectionRules.Check(connection));
        if (errors.Count > 0)
        {
            return V1Errors.ValidationResult(errors);
        }

        db.Connections.Add(connection);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(connection.ToResponse());
    }

    public static async Task<Results<Ok<ConnectionResponse>, NotFound<V1ErrorResponse>>> RetrieveConnection(
        string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var connection = await Find(db, account, id, cancellationToken);
        return connection is null ? V1Errors.NotFoundResult() : TypedResults.Ok(connection.ToResponse());
    }

    public static async Task<Results<Ok<ConnectionResponse>, BadRequest<V1ErrorResponse>, NotFound<V1ErrorResponse>>> UpdateConnection(
        string id, JsonBody<UpdateConnectionRequest> body, MockDbContext db, CurrentAccount account, TimeProvider clock, CancellationToken cancellationToken)
    {
        var connection = await Find(db.Connections.AsTracking().Include(c => c.AuthorizedIps), account, id, cancellationToken);
        if (connection is null)
        {
            // A body that fails its own rules is answered as such, whether or not the id exists.
            return body.FieldFailures.Count > 0 ? V1Errors.ValidationResult(body.FieldFailures) : V1Errors.NotFoundResult();
        }

        body.Request.ApplyTo(connection, body.Has);
        var errors = body.AllFailures(ConnectionRules.Check(connection));
        if (errors.Count > 0)
        {
            return V1Errors.ValidationResult(errors);
        }

        connection.UpdatedAt = Later(clock.UtcNowMilliseconds(), connection.UpdatedAt);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(connection.ToResponse());
    }

    public static async Task<Results<Ok<DeleteConnectionResponse>, NotFound<V1ErrorResponse>>> DeleteConnection(
        string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        if (!TryParseId(id, out var key))
        {
            return V1Errors.NotFoundResult();
        }

        var deleted = await db.WriteAsync(token => db.OfAccount(account.Name).Where(c => c.Id == key).ExecuteDeleteAsync(token), cancellationToken);
        return deleted == 0
            ? V1Errors.NotFoundResult()
            : TypedResults.Ok(new DeleteConnectionResponse(true, "Connection deleted"));
    }

    private static Task<Connection?> Find(MockDbContext db, CurrentAccount account, string id, CancellationToken cancellationToken) =>
        Find(db.Connections, account, id, cancellationToken);

    private static async Task<Connection?> Find(IQueryable<Connection> connections, CurrentAccount account, string id, CancellationToken cancellationToken) =>
        TryParseId(id, out var key)
            ? await connections.FirstOrDefaultAsync(c => c.Id == key && c.Account == account.Name, cancellationToken)
            : null;

    private static bool TryParseId(string id, out long key) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out key) && key > 0;

    /// <summary>updated_at moves forward on every update, even two within one millisecond.</summary>
    private static DateTime Later(DateTime now, DateTime previous) => now > previous ? now : previous.AddMilliseconds(1);
}
