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
            .WithDescription("Returns a list of your IP connections, filtered, sorted (newest first by default) and paged.");

        group.MapPost("/", CreateIpConnection)
            .WithName("CreateIpConnection")
            .WithSummary("Create an Ip connection")
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
            .WithSummary("Retrieve an Ip connection");

        group.MapPatch("/{id}", UpdateIpConnection)
            .WithName("UpdateIpConnection")
            .WithSummary("Update an Ip connection")
            .ChecksMergedResult()
            .WithRequestExample("""{"active": false, "inbound": {"sip_region": "Australia"}}""")
            .WithDescription("Updates settings of an existing IP connection; fields left out, at any depth, are left unchanged.")
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType);

        group.MapDelete("/{id}", DeleteIpConnection)
            .WithName("DeleteIpConnection")
            .WithSummary("Delete an Ip connection")
            .WithDescription("Deletes an IP connection and returns it.");

        return group;
    }

    public static async Task<Results<JsonText<IpConnectionListEnvelope>, BadRequest<ErrorResponse>>> ListIpConnections(
        HttpRequest request, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var (options, errors) = IpConnectionListOptions.Read(request.Query);
        if (errors.Count > 0)
        {
            return (BadRequest<ErrorResponse>)V2Errors.Instance.InvalidQuery(errors);
        }

        var filtered = db.OfAccount(account.Name).Filter(options);
        var total = await db.CountAsync(filtered, (nameof(IpConnection), account.Name, options with { Sort = "", PageNumber = 0, PageSize = 0 }), cancellationToken);
        var snapshots = await filtered
            .Sort(options.Sort)
            .Skip((int)Math.Min((long)(options.PageNumber - 1) * options.PageSize, int.MaxValue))
            .Take(options.PageSize)
            .Select(c => c.Snapshot)
            .ToListAsync(cancellationToken);
        var meta = new PaginationMeta(options.PageNumber, options.PageSize, (total + options.PageSize - 1) / options.PageSize, total);
        return new JsonText<IpConnectionListEnvelope>(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            foreach (var snapshot in snapshots)
            {
                writer.WriteRawValue(snapshot, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteProperty("meta", meta);
            writer.WriteEndObject();
        });
    }

    public static async Task<Results<Created<IpConnectionEnvelope>, UnprocessableEntity<ErrorResponse>>> CreateIpConnection(
        JsonBody<CreateIpConnectionRequest> body, MockDbContext db, CurrentAccount account, IdGenerator ids, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.UtcNowMilliseconds();
        var connection = IpConnectionMapping.New(ids.Next(), account.Name, now);
        body.Request.ApplyTo(connection, body.Has);
        var errors = body.AllFailures(IpConnectionRules.Check(connection));
        if (errors.Count > 0)
        {
            return V2Errors.ValidationResult(errors);
        }

        db.IpConnections.Add(connection);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/v2/ip_connections/{connection.Id}", new IpConnectionEnvelope(connection.ToResponse()));
    }

    public static async Task<Results<JsonText<IpConnectionEnvelope>, NotFound<ErrorResponse>>> RetrieveIpConnection(
        string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var snapshot = long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) && key > 0
            ? await SnapshotById(db, key, account.Name)
            : null;
        return snapshot is null ? V2Errors.NotFoundResult() : new JsonText<IpConnectionEnvelope>(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            writer.WriteRawValue(snapshot, skipInputValidation: true);
            writer.WriteEndObject();
        });
    }

    public static async Task<Results<Ok<IpConnectionEnvelope>, UnprocessableEntity<ErrorResponse>, NotFound<ErrorResponse>>> UpdateIpConnection(
        string id, JsonBody<UpdateIpConnectionRequest> body, MockDbContext db, CurrentAccount account, TimeProvider clock, CancellationToken cancellationToken)
    {
        var connection = await Find(db.IpConnections.AsTracking(), account, id, cancellationToken);
        if (connection is null)
        {
            // A body that fails its own rules is answered as such, whether or not the id exists.
            return body.FieldFailures.Count > 0 ? V2Errors.ValidationResult(body.FieldFailures) : V2Errors.NotFoundResult();
        }

        body.Request.ApplyTo(connection, body.Has);
        var errors = body.AllFailures(IpConnectionRules.Check(connection));
        if (errors.Count > 0)
        {
            return V2Errors.ValidationResult(errors);
        }

        connection.UpdatedAt = Later(clock.UtcNowMilliseconds(), connection.UpdatedAt);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new IpConnectionEnvelope(connection.ToResponse()));
    }

    public static async Task<Results<Ok<IpConnectionEnvelope>, NotFound<ErrorResponse>>> DeleteIpConnection(
        string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var connection = await Find(db.IpConnections, account, id, cancellationToken);
        if (connection is null)
        {
            return V2Errors.NotFoundResult();
        }

        // Deleting by account and id again keeps a concurrent delete from answering 200 twice.
        var deleted = await db.WriteAsync(token => db.OfAccount(account.Name).Where(c => c.Id == connection.Id).ExecuteDeleteAsync(token), cancellationToken);
        return deleted == 0 ? V2Errors.NotFoundResult() : TypedResults.Ok(new IpConnectionEnvelope(connection.ToResponse()));
    }

    /// <summary>The hottest read, compiled once instead of translated per request; it reads only the snapshot.</summary>
    private static readonly Func<MockDbContext, long, string, Task<string?>> SnapshotById = EF.CompileAsyncQuery(
        (MockDbContext db, long key, string account) => db.IpConnections.Where(c => c.Id == key && c.Account == account).Select(c => c.Snapshot).FirstOrDefault());

    private static async Task<IpConnection?> Find(IQueryable<IpConnection> connections, CurrentAccount account, string id, CancellationToken cancellationToken) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) && key > 0
            ? await connections.FirstOrDefaultAsync(c => c.Id == key && c.Account == account.Name, cancellationToken)
            : null;

    /// <summary>updated_at moves forward on every update, even two within one millisecond.</summary>
    private static DateTime Later(DateTime now, DateTime previous) => now > previous ? now : previous.AddMilliseconds(1);
}
