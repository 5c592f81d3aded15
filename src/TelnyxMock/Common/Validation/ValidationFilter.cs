using TelnyxMock.Common.Errors;

namespace TelnyxMock.Common.Validation;

/// <summary>
/// The one place request bodies are checked: for each <see cref="Resources.ResourceBody"/> argument it answers
/// an unreadable body, or the type errors found while binding together with every failure of the
/// fields' rules, in the surface's envelope. Handlers never validate fields.
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

            var distinct = await body.FailuresAsync(validation, context.HttpContext.RequestAborted);
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

/// <summary>What the filter needs of a request body without knowing its type.</summary>
public interface IValidatableBody
{
    IResult? Problem { get; }

    /// <summary>The type errors found while binding and every failure of the fields' own rules, each once.</summary>
    ValueTask<List<FieldError>> FailuresAsync(RequestValidation validation, CancellationToken cancellationToken);

    /// <summary>Whether the body can carry its per-field failures on to the handler.</summary>
    bool CanHandOn => false;

    /// <summary>Gives the handler the per-field failures, for an endpoint that checks the merged result.</summary>
    void HandOn(IReadOnlyList<FieldError> failures) => throw new NotSupportedException();
}
