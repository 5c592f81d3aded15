using TelnyxMock.Common.Errors;

namespace TelnyxMock.Common.Validation;

/// <summary>
/// The group-level check of request bodies: an unreadable body (any <see cref="IRequestBody"/>) is answered in the
/// surface's envelope, and so are a control body's failures. A resource's body goes on to its writer, which reports
/// its field and merged-result failures together. Handlers never validate fields.
/// </summary>
public sealed class ValidationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var surfaceErrors = context.HttpContext.GetSurface().Errors();
        foreach (var argument in context.Arguments)
        {
            if (argument is IRequestBody { Problem: { } problem })
            {
                return problem;
            }

            if (argument is IValidatableBody { Failures: { Count: > 0 } failures })
            {
                return surfaceErrors.Validation(failures);
            }
        }

        return await next(context);
    }
}

/// <summary>A request body that may not have been readable at all.</summary>
public interface IRequestBody
{
    /// <summary>The response for a body that is not JSON, too large or of another content type; null when it was read.</summary>
    IResult? Problem { get; }
}

/// <summary>A body whose fields the filter checks itself (a control request); a resource's body goes to its writer.</summary>
public interface IValidatableBody : IRequestBody
{
    /// <summary>Every failure of the body's fields and of its rules across fields, one per field.</summary>
    IReadOnlyList<FieldError> Failures { get; }
}
