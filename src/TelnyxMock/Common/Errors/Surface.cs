namespace TelnyxMock.Common.Errors;

/// <summary>Which API an endpoint belongs to; it decides the error envelope and the accepted credentials.</summary>
public enum Surface
{
    V1,
    V2,
    Control,
}

/// <summary>Endpoint metadata naming the surface, set once on each route group.</summary>
public sealed record SurfaceMetadata(Surface Surface);

public static class SurfaceExtensions
{
    public static TBuilder WithSurface<TBuilder>(this TBuilder builder, Surface surface)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SurfaceMetadata(surface));

    /// <summary>The surface of the matched endpoint, or, for unmatched paths, the one the path prefix names (/security: V1).</summary>
    public static Surface GetSurface(this HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SurfaceMetadata>() is { } metadata)
        {
            return metadata.Surface;
        }

        var path = context.Request.Path;
        if (path.StartsWithSegments("/security"))
        {
            // V1's prefix: a typo under it (/security/connectionz) is answered in V1's envelope.
            return Surface.V1;
        }

        return path.StartsWithSegments("/_mock") ? Surface.Control : Surface.V2;
    }

    public static ISurfaceErrors Errors(this Surface surface) => surface switch
    {
        Surface.V1 => V1Errors.Instance,
        _ => V2Errors.Instance,
    };
}

public static class ProducesErrorExtensions
{
    /// <summary>Documents error statuses answered in <typeparamref name="TBody"/>; works on groups and endpoints alike.</summary>
    public static TBuilder ProducesError<TBody, TBuilder>(this TBuilder builder, params int[] statusCodes)
        where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statusCodes)
        {
            builder.WithMetadata(new Microsoft.AspNetCore.Http.ProducesResponseTypeMetadata(status, typeof(TBody), ["application/json"]));
        }

        return builder;
    }

    public static TBuilder ProducesV1Errors<TBuilder>(this TBuilder builder, params int[] statusCodes)
        where TBuilder : IEndpointConventionBuilder => builder.ProducesError<V1ErrorResponse, TBuilder>(statusCodes);

    public static TBuilder ProducesV2Errors<TBuilder>(this TBuilder builder, params int[] statusCodes)
        where TBuilder : IEndpointConventionBuilder => builder.ProducesError<ErrorResponse, TBuilder>(statusCodes);
}
