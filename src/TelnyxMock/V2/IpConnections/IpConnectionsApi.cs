using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;
using TelnyxMock.Data;
using TelnyxMock.Hosting;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.IpConnections;

/// <summary>Telnyx V2 IP connections: <c>/v2/ip_connections</c>.</summary>
public static class IpConnectionsApi
{
    public static RouteGroupBuilder MapV2IpConnections(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v2/ip_connections")
            .WithTags("IP Connections")
            .WithGroupName(OpenApiDocuments.Telnyx)
            .WithSurface(Surface.V2)
            .AddEndpointFilter<AuthFilter>()
            .AddEndpointFilter<ValidationFilter>()
            .ProducesV2Errors(StatusCodes.Status401Unauthorized, StatusCodes.Status500InternalServerError);

        group.MapGet("/", ListIpConnections)
            .WithName("ListIpConnections")
            .WithQueryParameters(IpConnectionListOptions.Parameters)
            .WithSummary("List Ip connections")
            .ProducesResource(Definition, StatusCodes.Status200OK, ResourceWrapping.Page)
            .WithDescription("Returns a list of your IP connections, filtered, sorted (newest first by default) and paged.");

        group.MapPost("/", CreateIpConnection)
            .WithName("CreateIpConnection")
            .WithSummary("Create an Ip connection")
            .ProducesResource(Definition, StatusCodes.Status201Created, ResourceWrapping.Data)
            .ChecksMergedResult()
            .WithRequestExample("""
                {"connection_name": "office-trunk", "active": true, "transport_protocol": "UDP", "default_on_hold_comfort_noise_enabled": true,
                 "inbound": {"sip_region": "Europe", "ani_number_format": "+E.164", "timeout_1xx_secs": 3, "timeout_2xx_secs": 90, "codecs": ["G722", "G711U"]},
                 "outbound": {"outbound_voice_profile_id": "1293384261075731499", "localization": "US", "tech_prefix": "1234"},
                 "rtcp_settings": {"port": "rtcp-mux", "capture_enabled": false, "report_frequency_secs": 10}}
                """)
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);

        group.MapGet("/{id}", RetrieveIpConnection)
            .WithName("RetrieveIpConnection")
            .WithSummary("Retrieve an Ip connection")
            .ProducesResource(Definition, StatusCodes.Status200OK, ResourceWrapping.Data);

        group.MapPatch("/{id}", UpdateIpConnection)
            .WithName("UpdateIpConnection")
            .WithSummary("Update an Ip connection")
            .ProducesResource(Definition, StatusCodes.Status200OK, ResourceWrapping.Data)
            .ChecksMergedResult()
            .WithRequestExample("""{"active": false, "inbound": {"sip_region": "Australia"}}""")
            .WithDescription("Updates settings of an existing IP connection; fields left out, at any depth, are left unchanged.")
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);

        group.MapDelete("/{id}", DeleteIpConnection)
            .WithName("DeleteIpConnection")
            .WithSummary("Delete an Ip connection")
            .ProducesResource(Definition, StatusCodes.Status200OK, ResourceWrapping.Data)
            .WithDescription("Deletes an IP connection and returns it.");

        return group;
    }

    private static ResourceDefinition Definition => IpConnectionDefinition.Definition;

    public static async Task<Results<ResourceJson, BadRequest<ErrorResponse>>> ListIpConnections(
        HttpRequest request, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var (options, errors) = IpConnectionListOptions.Read(request.Query);
        if (errors.Count > 0)
        {
            return (BadRequest<ErrorResponse>)V2Errors.Instance.InvalidQuery(errors);
        }

        var filtered = db.OfAccount(account.Name).Filter(options);
        var total = await db.CountAsync(filtered, (nameof(IpConnectionRow), account.Name, options with { Sort = "", PageNumber = 0, PageSize = 0 }), cancellationToken);
        var documents = await filtered
            .Sort(options.Sort)
            .Skip((int)Math.Min((long)(options.PageNumber - 1) * options.PageSize, int.MaxValue))
            .Take(options.PageSize)
            .Select(c => c.Document)
            .ToListAsync(cancellationToken);
        return ResourceJson.Page(documents, PaginationMeta.Of(options.PageNumber, options.PageSize, total));
    }

    public static async Task<Results<ResourceJson, UnprocessableEntity<ErrorResponse>>> CreateIpConnection(
        ResourceBody<IpConnectionDefinition> body, MockDbContext db, CurrentAccount account, IdGenerator ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.UtcNowMilliseconds();
        var id = ids.Next();
        var document = Definition.New(id, now);
        Definition.Apply(document, body.Values);
        var errors = body.AllFailures(Definition.Check(document, new RuleContext(Creating: true)));
        if (errors.Count > 0)
        {
            return V2Errors.ValidationResult(errors);
        }

        var connection = new IpConnectionRow { Id = id, Account = account.Name, CreatedAt = now, UpdatedAt = now };
        connection.Write(document);
        db.IpConnections.Add(connection);
        await db.SaveChangesAsync(cancellationToken);
        return ResourceJson.Data(connection.Document, StatusCodes.Status201Created, $"/v2/ip_connections/{id}");
    }

    public static async Task<Results<ResourceJson, NotFound<ErrorResponse>>> RetrieveIpConnection(
        string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var document = TryParseId(id, out var key) ? await DocumentById(db, key, account.Name) : null;
        return document is null ? V2Errors.NotFoundResult() : ResourceJson.Data(document);
    }

    public static async Task<Results<ResourceJson, UnprocessableEntity<ErrorResponse>, NotFound<ErrorResponse>>> UpdateIpConnection(
        string id, ResourceBody<IpConnectionDefinition> body, MockDbContext db, CurrentAccount account, TimeProvider clock, CancellationToken cancellationToken)
    {
        while (true)
        {
            var connection = await Find(db.IpConnections.AsTracking(), account, id, cancellationToken);
            if (connection is null)
            {
                // A body that fails its own rules is answered as such, whether or not the id exists.
                return body.FieldFailures.Count > 0 ? V2Errors.ValidationResult(body.FieldFailures) : V2Errors.NotFoundResult();
            }

            var document = connection.Read();
            Definition.Apply(document, body.Values);
            var errors = body.AllFailures(Definition.Check(document, new RuleContext(Creating: false)));
            if (errors.Count > 0)
            {
                return V2Errors.ValidationResult(errors);
            }

            connection.UpdatedAt = ResourceDefinition.Touch(document, connection.UpdatedAt, clock.UtcNowMilliseconds());
            connection.Write(document);
            if (await db.SaveUnlessChangedAsync(cancellationToken))
            {
                return ResourceJson.Data(connection.Document);
            }
        }
    }

    public static async Task<Results<ResourceJson, NotFound<ErrorResponse>>> DeleteIpConnection(
        string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var connection = await Find(db.IpConnections, account, id, cancellationToken);
        if (connection is null)
        {
            return V2Errors.NotFoundResult();
        }

        // Deleting by account and id again keeps a concurrent delete from answering 200 twice.
        var deleted = await db.WriteAsync(token => db.OfAccount(account.Name).Where(c => c.Id == connection.Id).ExecuteDeleteAsync(token), cancellationToken);
        return deleted == 0 ? V2Errors.NotFoundResult() : ResourceJson.Data(connection.Document);
    }

    /// <summary>The hottest read, compiled once instead of translated per request; it reads only the document.</summary>
    private static readonly Func<MockDbContext, long, string, Task<string?>> DocumentById = EF.CompileAsyncQuery(
        (MockDbContext db, long key, string account) => db.IpConnections.Where(c => c.Id == key && c.Account == account).Select(c => c.Document).FirstOrDefault());

    private static async Task<IpConnectionRow?> Find(IQueryable<IpConnectionRow> connections, CurrentAccount account, string id, CancellationToken cancellationToken) =>
        TryParseId(id, out var key)
            ? await connections.FirstOrDefaultAsync(c => c.Id == key && c.Account == account.Name, cancellationToken)
            : null;

    private static bool TryParseId(string id, out long key) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out key) && key > 0;
}
