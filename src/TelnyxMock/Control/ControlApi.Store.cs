using System.Text.Json;
using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Data;
using TelnyxMock.Fixtures;

namespace TelnyxMock.Control;

public static partial class ControlApi
{
    public static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> Health(
        IStoreProbe probe, MockStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        response.Headers.CacheControl = "no-store";
        var kind = store.Name;
        var problem = await probe.CheckAsync(cancellationToken);
        return problem is null
            ? TypedResults.Ok(new HealthResponse("ok", kind))
            : TypedResults.Json(new HealthResponse("unavailable", kind, problem), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public static async Task<Ok<ResetResponse>> Reset(
        ControlBody<ResetRequest> body, StoreReset store, IRequestJournal journal, IFaultRules faults, IClockState clock, CancellationToken cancellationToken)
    {
        var request = body.Request;
        var account = request.Account?.Trim();
        var deleted = request.Data ?? true
            ? await store.ResetAsync(account, cancellationToken)
            : new Dictionary<string, int>();
        var journalCleared = request.Journal ?? true ? await journal.ClearAsync(account, cancellationToken) : 0;
        var faultsCleared = request.Faults ?? true ? await faults.ClearAsync(account, cancellationToken) : 0;
        // The clock is every account's: only a reset of every account returns it to real time.
        var clockReset = account is null && (request.Clock ?? true);
        if (clockReset)
        {
            await clock.ResetAsync(cancellationToken);
        }

        return TypedResults.Ok(new ResetResponse(account, deleted, journalCleared, faultsCleared, clockReset));
    }

    // The body is read here rather than bound: a fixtures document may be an array, and its errors come
    // from the loader, which checks every entry of every section before storing any.
    public static async Task<Results<Ok<FixturesResponse>, BadRequest<ErrorResponse>, UnprocessableEntity<ErrorResponse>, JsonHttpResult<ErrorResponse>>> LoadFixtures(
        HttpContext context, string? account, FixtureLoader loader, CancellationToken cancellationToken)
    {
        await using var buffer = await LimitedBody.ReadAsync(context);
        if (buffer is null)
        {
            return (JsonHttpResult<ErrorResponse>)V2Errors.Instance.PayloadTooLarge(LimitedBody.Limit(context));
        }

        JsonNode? document;
        try
        {
            document = JsonNode.Parse(buffer, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return TypedResults.BadRequest(V2Errors.Body(V2Errors.Error(V2Errors.BadRequestCode, "Bad Request",
                "The request body is not valid JSON; send a fixtures document (an object or an array of objects).", "/")));
        }

        var result = await loader.LoadAsync(document, string.IsNullOrWhiteSpace(account) ? null : account.Trim(), cancellationToken);
        return result.Loaded
            ? TypedResults.Ok(new FixturesResponse(true, result.Counts))
            : V2Errors.ValidationResult(result.Errors);
    }
}
