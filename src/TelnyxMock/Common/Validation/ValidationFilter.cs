using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;

namespace TelnyxMock.Common.Validation;

/// <summary>
/// The one place request bodies are checked: for each <see cref="JsonBody{T}"/> argument it answers
/// an unreadable body, or the type errors found while binding together with every failure of the
/// registered <see cref="FluentValidation.IValidator{T}"/>, in the surface's envelope. Handlers never validate.
/// </summary>
public sealed class ValidationFilter(RequestValidation validation) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var surfaceErrors = context.HttpContext.GetSurface().Errors();
        foreach (var argument in context.Arguments)
        {
            if (argument is not IValidatableBody body)
            {
                continue;
            }

            if (body.Problem is { } problem)
            {
                return problem;
            }

            var distinct = await validation.FailuresAsync(body.RequestType, body.RequestValue, body.Errors, context.HttpContext.RequestAborted);
            if (distinct.Count > 0)
            {
                if (body.CanHandOn && context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<ChecksMergedResultMetadata>() is not null)
                {
                    // The handler adds the merged-result rules' failures and answers them all at once.
                    body.HandOn(distinct);
                    continue;
                }

                return surfaceErrors.Validation(distinct);
            }
        }

        return await next(context);
    }
}

/// <summary>What the filter needs of a <see cref="JsonBody{T}"/> without knowing its T.</summary>
public interface IValidatableBody
{
    Type RequestType { get; }

    object? RequestValue { get; }

    IReadOnlyList<FieldError> Errors { get; }

    IResult? Problem { get; }

    /// <summary>Whether the body can carry its per-field failures on to the handler.</summary>
    bool CanHandOn => false;

    /// <summary>Gives the handler the per-field failures, for an endpoint that checks the merged result.</summary>
    void HandOn(IReadOnlyList<FieldError> failures) => throw new NotSupportedException();
}
