using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Results;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;

namespace TelnyxMock.Common.Validation;

/// <summary>
/// Binding and field validation of a request object, and the one mapping of FluentValidation failures to JSON pointers
/// ("timeout_1xx_secs must be between 1 and 120, got 300." at <c>/inbound/timeout_1xx_secs</c>). The validation filter
/// uses it for request bodies, the fixtures loader for each entry of a fixtures document.
/// </summary>
public sealed class RequestValidation(IServiceProvider services, BodyBinder binder)
{
    /// <summary>
    /// The type errors found while binding, then every failure of the registered validator of
    /// <paramref name="requestType"/> on a field without a type error, each once.
    /// </summary>
    public async Task<List<FieldError>> FailuresAsync(Type requestType, object? value, IReadOnlyList<FieldError> typeErrors, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>(typeErrors);
        if (value is not null && services.GetService(typeof(IValidator<>).MakeGenericType(requestType)) is IValidator validator)
        {
            var result = await validator.ValidateAsync(new ValidationContext<object>(value), cancellationToken);
            var typeErrorPointers = typeErrors.Select(e => e.Pointer).ToHashSet(StringComparer.Ordinal);
            errors.AddRange(result.Errors.Select(failure => ToFieldError(requestType, failure)).Where(e => !typeErrorPointers.Contains(e.Pointer)));
        }

        return errors.DistinctBy(e => (e.Pointer, e.Detail)).ToList();
    }

    /// <summary>Binds <paramref name="body"/> to <typeparamref name="T"/> and returns it with every failure of its fields.</summary>
    public async Task<(BindResult<T> Bound, List<FieldError> Failures)> BindAsync<T>(JsonObject body, bool strict, CancellationToken cancellationToken)
        where T : class
    {
        var bound = binder.Bind<T>(body, strict);
        return (bound, await FailuresAsync(typeof(T), bound.Value, bound.Errors, cancellationToken));
    }

    /// <summary>The failure with the field's name in front: "timeout_1xx_secs must …", or for a list item "codecs[1] must …".</summary>
    private static FieldError Named(string pointer, string message)
    {
        var segments = pointer.Split('/');
        var name = segments.Length > 2 && segments[^1].All(char.IsAsciiDigit) ? $"{segments[^2]}[{segments[^1]}]" : segments[^1];
        return new FieldError(pointer, $"{name} {message}");
    }

    private FieldError ToFieldError(Type requestType, ValidationFailure failure)
    {
        return Named(binder.ToPointer(requestType, failure.PropertyName), failure.ErrorMessage);
    }
}
