using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Errors;
using TelnyxMock.Data;
using TelnyxMock.Resources;

namespace TelnyxMock.V1.Connections;

/// <summary>The registration of V1 connections: written by the engine's writer, routed by <see cref="ConnectionsApi"/>.</summary>
public sealed class V1Connections : Resource<V1ConnectionRow>, IMappedResource
{
    public RouteGroupBuilder Map(IEndpointRouteBuilder app) => app.MapV1Connections();
}

/// <summary>Telnyx "Connections V1": <c>/security/connections</c>.</summary>
public static class ConnectionsApi
{
    public static readonly V1Connections Resource = new()
    {
        Definition = ConnectionDefinition.Definition,
        FixtureSection = "v1_connections",
        FixtureExtras = ConnectionFixtures.Extras,
    };

    public static RouteGroupBuilder MapV1Connections(this IEndpointRouteBuilder app)
    {
        var group = app.MapSurface<AuthFilter>("/security/connections", "Connections V1", Surface.V1);

        group.MapGet("/", ListConnections)
            .WithOperation("ListConnectionsV1", "List all connections")
            .WithQueryParameters(ConnectionListOptions.Parameters)
            .ProducesResource(Definition, StatusCodes.Status200OK, ResourceWrapping.BareArray)
            .WithDescription("Returns a bare JSON array of your connections, filtered, ordered and paged. with_ips=true adds "
                + "authorized_ips ([{id, ip_address, port}]), with_auth=true credentials ([{user_name}], credential connections only), "
                + "with_fqdns=true fqdns ([{id, fqdn, port, dns_record_type}], connections that have FQDNs); mode=typeahead answers "
                + "[{id, connection_name}] instead.");

        group.MapPost("/", CreateConnection)
            .WithOperation("CreateConnectionV1", "Create a connection")
            .AcceptsResource(Definition)
            .ProducesResource(Definition, StatusCodes.Status200OK, ResourceWrapping.Bare)
            .WithRequestExample("""
                {"connection_name": "Office", "active": true, "anchorsite_override": "Latency", "transport_protocol": "UDP",
                 "timeout_1xx": "3", "timeout_2xx": "90", "sip_region": "Europe", "dtmf_type": "RFC 2833", "codecs": ["G722", "G711U"]}
                """)
            .ProducesV1Errors(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);

        group.MapGet("/{id}", RetrieveConnection)
            .WithOperation("RetrieveConnectionV1", "Retrieve a connection")
            .ProducesResource(Definition, StatusCodes.Status200OK, ResourceWrapping.Bare);

        group.MapPut("/{id}", UpdateConnection)
            .WithOperation("UpdateConnectionV1", "Update a connection")
            .AcceptsResource(Definition)
            .ProducesResource(Definition, StatusCodes.Status200OK, ResourceWrapping.Bare)
            .WithRequestExample("""{"active": false, "timeout_1xx": "5"}""")
            .WithDescription("Any parameters not included in the request are left unchanged.")
            .ProducesV1Errors(StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);

        group.MapDelete("/{id}", DeleteConnection)
            .WithOperation("DeleteConnectionV1", "Delete a connection");

        return group;
    }

    private static ResourceDefinition Definition => ConnectionDefinition.Definition;

    public static async Task<Results<ResourceJson, Ok<List<ConnectionTypeaheadResponse>>, UnprocessableEntity<V1ErrorResponse>>> ListConnections(
        HttpRequest request, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var (options, errors) = ConnectionListOptions.Read(request.Query);
        if (errors.Count > 0)
        {
            return V1Errors.InvalidQueryResult(errors);
        }

        var query = db.OfAccount(account.Name)
            .Filter(options, db)
            .Order(options.OrderBy, options.Reverse)
            .Skip((int)Math.Min((long)(options.Page - 1) * options.PerPage, int.MaxValue))
            .Take(options.PerPage);

        if (options.Typeahead)
        {
            var documents = await query.Select(c => c.Document).ToListAsync(cancellationToken);
            return TypedResults.Ok(documents.Select(ConnectionTypeaheadResponse.Of).ToList());
        }

        if (!options.WithIps && !options.WithAuth && !options.WithFqdns)
        {
            return ResourceJson.Array(await query.Select(c => c.Document).ToListAsync(cancellationToken));
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
        return ResourceJson.Array(connections.Select(c => c.WithAttachments(options.WithIps, options.WithAuth, options.WithFqdns)));
    }

    public static async Task<Results<ResourceJson, BadRequest<V1ErrorResponse>>> CreateConnection(
        ResourceBody body, ResourceWriter writer, CurrentAccount account, CancellationToken cancellationToken)
    {
        var written = await writer.CreateAsync(Resource, account.Name, body.Json, body.Strict, cancellationToken);
        return written.Row is { } row ? ResourceJson.Bare(row.Document) : V1Errors.ValidationResult(written.Errors);
    }

    public static async Task<Results<ResourceJson, NotFound<V1ErrorResponse>>> RetrieveConnection(
        string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var document = TryParseId(id, out var key)
            ? await db.OfAccount(account.Name).Where(c => c.Id == key).Select(c => c.Document).FirstOrDefaultAsync(cancellationToken)
            : null;
        return document is null ? V1Errors.NotFoundResult() : ResourceJson.Bare(document);
    }

    public static async Task<Results<ResourceJson, BadRequest<V1ErrorResponse>, NotFound<V1ErrorResponse>>> UpdateConnection(
        string id, ResourceBody body, ResourceWriter writer, CurrentAccount account, CancellationToken cancellationToken)
    {
        var written = await writer.UpdateAsync(Resource, account.Name, id, body.Json, body.Strict, cancellationToken);
        return written switch
        {
            { NotFound: true } => V1Errors.NotFoundResult(),
            { Row: { } row } => ResourceJson.Bare(row.Document),
            _ => V1Errors.ValidationResult(written.Errors),
        };
    }

    public static async Task<Results<Ok<DeleteConnectionResponse>, NotFound<V1ErrorResponse>>> DeleteConnection(
        string id, ResourceWriter writer, CurrentAccount account, CancellationToken cancellationToken)
    {
        var written = await writer.DeleteAsync(Resource, account.Name, id, cancellationToken);
        return written.NotFound ? V1Errors.NotFoundResult() : TypedResults.Ok(new DeleteConnectionResponse(true, "Connection deleted"));
    }

    private static bool TryParseId(string id, out long key) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out key) && key > 0;
}
