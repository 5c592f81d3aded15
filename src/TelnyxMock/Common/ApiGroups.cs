using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Validation;

namespace TelnyxMock.Common;

/// <summary>The names of the two OpenAPI documents: the Telnyx surface, and the mock's own control surface.</summary>
public static class ApiDocuments
{
    public const string Telnyx = "telnyx";
    public const string Control = "control";
}

public static class ApiGroups
{
    /// <summary>
    /// A route group of one surface: under <paramref name="prefix"/>, tagged for Swagger, in its OpenAPI document,
    /// answering errors in the surface's envelope. <typeparamref name="TAccess"/> (credentials, or the admin token) runs
    /// first, then the check of an unreadable or failing control body (<see cref="ValidationFilter"/>).
    /// </summary>
    public static RouteGroupBuilder MapSurface<TAccess>(this IEndpointRouteBuilder app, string prefix, string tag, Surface surface)
        where TAccess : IEndpointFilter
    {
        var group = app.MapGroup(prefix)
            .WithTags(tag)
            .WithGroupName(surface == Surface.Control ? ApiDocuments.Control : ApiDocuments.Telnyx)
            .WithSurface(surface)
            .AddEndpointFilter<TAccess>()
            .AddEndpointFilter<ValidationFilter>();
        return surface switch
        {
            Surface.V1 => group.ProducesV1Errors(StatusCodes.Status401Unauthorized, StatusCodes.Status500InternalServerError),
            Surface.V2 => group.ProducesV2Errors(StatusCodes.Status401Unauthorized, StatusCodes.Status500InternalServerError),
            _ => group.ProducesV2Errors(StatusCodes.Status401Unauthorized),
        };
    }
}

public static class OperationNaming
{
    /// <summary>The operation's id, its one-line summary and, when it needs one, a description, as Swagger shows them.</summary>
    public static RouteHandlerBuilder WithOperation(this RouteHandlerBuilder builder, string name, string summary, string? description = null)
    {
        builder.WithName(name).WithSummary(summary);
        return description is null ? builder : builder.WithDescription(description);
    }
}
