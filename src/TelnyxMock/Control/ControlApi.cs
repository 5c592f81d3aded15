using TelnyxMock.Common;
using TelnyxMock.Common.Errors;
using TelnyxMock.Data;

using TelnyxMock.Resources;

namespace TelnyxMock.Control;

/// <summary>The mock's own API under <c>/_mock</c>: health, reset, fixtures, request journal, faults, clock.</summary>
public static partial class ControlApi
{
    public static RouteGroupBuilder MapMockControl(this IEndpointRouteBuilder app)
    {
        var group = app.MapSurface<AdminTokenFilter>("/_mock", "Mock control", Surface.Control);

        group.MapGet("/health", Health)
            .WithOperation("MockHealth", "Check that the mock and its store answer", "200 when a trivial query on the store succeeds, 503 otherwise. Cheap enough to poll every second.")
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/reset", Reset)
            .WithOperation("MockReset", "Delete stored data, the journal and fault rules, for all accounts or one; return the clock to real time")
            .WithRequestExample("""{"data": true, "journal": true, "faults": true, "clock": true}""")
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/fixtures", LoadFixtures)
            .WithOperation("MockLoadFixtures", "Load a fixtures document; all or nothing", "The body is a fixtures document (an object or an array of them). Sets without an account use the `account` query parameter.")
            .Accepts<FixtureSetDocument>("application/json")
            .WithRequestExample("""
                {"account": "KEY_example",
                 "v1_connections": [{"id": "1000000000000000001", "connection_name": "ip-trunk", "authorized_ips": [{"id": 501, "ip_address": "192.0.2.10", "port": 5060}]}],
                 "ip_connections": [{"id": "1000000000000000002", "connection_name": "office-trunk", "inbound": {"sip_region": "Europe"}}]}
                """)
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/requests", ListRequests)
            .WithOperation("MockListRequests", "The request journal, newest first", "Telnyx-surface requests with credentials redacted; filter with `method`, `path` (a prefix) and `account`.");

        group.MapDelete("/requests", ClearRequests)
            .WithOperation("MockClearRequests", "Clear the request journal");

        group.MapPost("/faults", AddFault)
            .WithOperation("MockAddFault", "Add a fault rule: an error status and/or latency for matching requests")
            .WithRequestExample("""{"method": "POST", "path": "/v2/ip_connections", "status": 503, "retry_after": 1, "times": 1}""")
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/faults", ListFaults)
            .WithOperation("MockListFaults", "List fault rules with their remaining counts");

        group.MapDelete("/faults", ClearFaults)
            .WithOperation("MockClearFaults", "Remove every fault rule");

        group.MapDelete("/faults/{id}", DeleteFault)
            .WithOperation("MockDeleteFault", "Remove one fault rule");

        group.MapGet("/clock", GetClock)
            .WithOperation("MockGetClock", "The mock's time, and how far it is from real time");

        group.MapPost("/clock", ChangeClock)
            .WithOperation("MockChangeClock", "Move the mock's clock forward, put it at an instant, or back to real time",
                "Exactly one of `advance` (an ISO 8601 duration), `set` (an ISO 8601 instant) or `real` (true). Timestamps and expiry follow the mock's clock; ids do not.")
            .WithRequestExample("""{"advance": "PT2H"}""")
            .ProducesV2Errors(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

        return group;
    }

    public static IServiceCollection AddMockControl(this IServiceCollection services)
    {
        // With replicas sharing a store, the journal and the fault rules live in it too.
        services.AddSingleton<IRequestJournal>(sp => sp.GetRequiredService<MockStore>() is PostgresStore shared
            ? ActivatorUtilities.CreateInstance<SharedRequestJournal>(sp, shared)
            : ActivatorUtilities.CreateInstance<RequestJournal>(sp));
        services.AddSingleton<IFaultRandom, FaultRandom>();
        services.AddSingleton<IFaultRules>(sp => sp.GetRequiredService<MockStore>() is PostgresStore shared
            ? ActivatorUtilities.CreateInstance<SharedFaultRules>(sp, shared)
            : ActivatorUtilities.CreateInstance<FaultRules>(sp));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SharedControlState>(sp, (PostgresStore)sp.GetRequiredService<MockStore>()));
        services.AddSingleton<IClockState>(sp => sp.GetRequiredService<MockStore>() is PostgresStore shared
            ? ActivatorUtilities.CreateInstance<SharedClockState>(sp, shared)
            : ActivatorUtilities.CreateInstance<ClockState>(sp));
        services.AddSingleton<AdminTokenFilter>();
        services.AddScoped<StoreReset>();
        services.AddScoped<IStoreProbe, StoreProbe>();
        return services;
    }

    /// <summary>Register before <see cref="UseMockFaults"/>: outermost, the journal records what a fault answers.</summary>
    public static WebApplication UseMockJournal(this WebApplication app)
    {
        app.UseMiddleware<JournalMiddleware>();
        return app;
    }

    /// <summary>
    /// Register after <see cref="UseMockClock"/> and before the endpoints, so a fault that fires never reaches the store;
    /// on a shared store the fault rules' generation is the one the clock's read of the control state brought.
    /// </summary>
    public static WebApplication UseMockFaults(this WebApplication app)
    {
        app.UseMiddleware<FaultMiddleware>();
        return app;
    }

    /// <summary>
    /// Register after <see cref="UseMockJournal"/> and before <see cref="UseMockFaults"/>: with a shared store, each
    /// request first reads the control state (<see cref="SharedControlState"/>), the store's clock and the fault rules' generation.
    /// </summary>
    public static WebApplication UseMockClock(this WebApplication app)
    {
        // Always there, and a no-op without a shared store: which store it is is known only once services are built,
        // and a store setting that cannot be used must fail at start-up, with its one message, not while routes are mapped.
        app.UseMiddleware<ClockMiddleware>();
        return app;
    }
}
