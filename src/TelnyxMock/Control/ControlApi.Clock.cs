using TelnyxMock.Common;
using TelnyxMock.Common.Errors;

namespace TelnyxMock.Control;

public static partial class ControlApi
{
    public static Ok<ClockResponse> GetClock(MockClock clock, HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(ClockResponse.Of(clock));
    }

    public static async Task<Results<Ok<ClockResponse>, UnprocessableEntity<ErrorResponse>>> ChangeClock(
        ControlBody<ClockRequest> body, IClockState state, MockClock clock, HttpResponse response, CancellationToken cancellationToken)
    {
        var request = body.Request;
        if (request.Advance is { } advance)
        {
            // The body's checks passed, so the duration is positive; how far it may go depends on the clock's time now.
            var by = ControlBodies.ReadDuration(advance)!.Value;
            if (clock.AdvanceProblem(by) is { } problem)
            {
                return V2Errors.ValidationResult([new FieldError("/advance", $"advance {problem}")]);
            }

            await state.AdvanceAsync(by, cancellationToken);
        }
        else if (request.Set is { } set)
        {
            await state.SetAsync(ControlBodies.ReadInstant(set)!.Value, cancellationToken);
        }
        else
        {
            await state.ResetAsync(cancellationToken);
        }

        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(ClockResponse.Of(clock));
    }
}
