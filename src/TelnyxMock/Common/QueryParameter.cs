namespace TelnyxMock.Common;

/// <summary>How a query parameter's value is read and checked.</summary>
public enum QueryKind
{
    /// <summary>Any text.</summary>
    String,

    /// <summary>A whole number within <see cref="QueryParameter.Minimum"/>..<see cref="QueryParameter.Maximum"/>.</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>One of <see cref="QueryParameter.Values"/>.</summary>
    Enum,
}

/// <summary>
/// One query parameter of a list operation, declared once: <see cref="QueryReader"/> reads and checks a request's value
/// by it, and the OpenAPI document describes it from it (type, allowed values, range, default, description).
/// </summary>
public sealed record QueryParameter(string Name, QueryKind Kind, string Description)
{
    public int? Minimum { get; init; }

    public int? Maximum { get; init; }

    /// <summary>The fewest characters a value may have (a substring filter).</summary>
    public int? MinLength { get; init; }

    /// <summary>The value when the parameter is absent, as the document shows it.</summary>
    public object? Default { get; init; }

    public IReadOnlyList<string>? Values { get; init; }

    public int DefaultInteger => Default is int value ? value : throw new InvalidOperationException($"{Name} has no integer default.");
}

/// <summary>Endpoint metadata: the declared query parameters of a list operation, for the OpenAPI document.</summary>
public sealed class QueryParametersMetadata(IReadOnlyList<QueryParameter> parameters)
{
    public IReadOnlyList<QueryParameter> Parameters { get; } = parameters;
}

public static class QueryParameterExtensions
{
    public static RouteHandlerBuilder WithQueryParameters(this RouteHandlerBuilder builder, IReadOnlyList<QueryParameter> parameters) =>
        builder.WithMetadata(new QueryParametersMetadata(parameters));
}
