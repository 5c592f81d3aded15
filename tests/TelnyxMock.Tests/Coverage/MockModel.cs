using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TelnyxMock.Common.Errors;
using TelnyxMock.Data;
using TelnyxMock.Resources;
using TelnyxMock.V2;
using ApiSurface = TelnyxMock.Common.Errors.Surface;

namespace TelnyxMock.Tests.Coverage;

/// <summary>
/// One endpoint of the mock as its <see cref="EndpointDataSource"/> lists it: method, route (<c>{id}</c> and the like
/// left as placeholders, no trailing slash), surface, operation id, the statuses it documents and whether it is in an
/// OpenAPI document (<see cref="Document"/>, null for one excluded from them), and its request example, if any.
/// </summary>
public sealed record MockEndpoint(string Method, string Route, Surface? Surface, string? OperationId, string? Document, IReadOnlyList<int> Statuses, string? Example)
{
    /// <summary>The route's parameters (<c>{id}</c>, <c>{connection_id}</c>): none for a collection route.</summary>
    public IReadOnlyList<string> Parameters => [.. Route.Split('/').Where(s => s.StartsWith('{'))];

    /// <summary>The route's first parameter, or null (a coverage test checks no Telnyx route has two).</summary>
    public string? Parameter => Parameters.FirstOrDefault();

    public bool IsTelnyx => Surface is ApiSurface.V1 or ApiSurface.V2;

    public bool IsList => Method == "GET" && Parameter is null;

    /// <summary>The one 2xx status the endpoint documents (a coverage test checks there is exactly one).</summary>
    public int Success => Statuses.Where(s => s is >= 200 and < 300).ToList() is [var only] ? only
        : throw new InvalidOperationException($"{this} documents {string.Join(", ", Statuses)}: not exactly one 2xx status.");

    public override string ToString() => $"{Method} {Route}";
}

/// <summary>A V2 registration, as the tests read it: the resource, where it lives and its request examples.</summary>
public sealed record V2Registration(Resource Resource, V2Names Names, string CreateExample, string UpdateExample, V2Operations Operations, IReadOnlyList<string> Views)
{
    public string Path => Names.Path;

    public ResourceDefinition Definition => Resource.Definition;

    /// <summary>Whether clients create it with a POST (phone numbers are bought with number orders instead).</summary>
    public bool Posted => Operations.HasFlag(V2Operations.Create);

    /// <summary>The operations it declares (of the five a V2 resource may have, and three per view), as method and route.</summary>
    public IEnumerable<(string Method, string Route)> Five =>
        new (V2Operations Operation, string Method, string Route)[]
        {
            (V2Operations.List, "GET", Path), (V2Operations.Create, "POST", Path), (V2Operations.Retrieve, "GET", $"{Path}/{{id}}"),
            (V2Operations.Update, "PATCH", $"{Path}/{{id}}"), (V2Operations.Delete, "DELETE", $"{Path}/{{id}}"),
        }.Where(o => Operations.HasFlag(o.Operation)).Select(o => (o.Method, o.Route))
        .Concat(Views.SelectMany(v => new[] { ("GET", $"{Path}/{v}"), ("GET", $"{Path}/{{id}}/{v}"), ("PATCH", $"{Path}/{{id}}/{v}") }));

    /// <summary>The registration if <paramref name="resource"/> is a <see cref="V2Resource{TRow}"/>, else null.</summary>
    public static V2Registration? Of(Resource resource) =>
        V2Base(resource.GetType()) is { } type
            ? (V2Registration)typeof(V2Registration).GetMethod(nameof(From), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type.GetGenericArguments()).Invoke(null, [resource])!
            : null;

    /// <summary>The <see cref="V2Resource{TRow}"/> a registration's type is or derives from (a connection type's).</summary>
    private static Type? V2Base(Type? type) =>
        type is null ? null
        : type.IsGenericType && type.GetGenericTypeDefinition() == typeof(V2Resource<>) ? type
        : V2Base(type.BaseType);

    public override string ToString() => Path;

    private static V2Registration From<TRow>(V2Resource<TRow> resource)
        where TRow : StoredResource, new() =>
        new(resource, resource.Names, resource.CreateExample, resource.UpdateExample, resource.Operations, [.. resource.Views.Select(v => v.Segment)]);
}

/// <summary>
/// The mock as it describes itself, read once from a running instance: every endpoint of its
/// <see cref="EndpointDataSource"/> and every registration of its <see cref="ResourceRegistry"/>. Lists of "every
/// operation" and "every resource" in the tests come from here, so a new registration or route is covered (or a
/// coverage test fails) without editing a list.
/// </summary>
public static class MockModel
{
    private static readonly Lazy<(IReadOnlyList<MockEndpoint> Endpoints, IReadOnlyList<Resource> Resources)> Loaded = new(Load);

    public static IReadOnlyList<MockEndpoint> Endpoints => Loaded.Value.Endpoints;

    /// <summary>Every endpoint of the Telnyx surface (V1 and V2).</summary>
    public static IEnumerable<MockEndpoint> Telnyx => Endpoints.Where(e => e.IsTelnyx);

    public static IReadOnlyList<Resource> Resources => Loaded.Value.Resources;

    public static IEnumerable<V2Registration> V2Registrations => Resources.Select(V2Registration.Of).OfType<V2Registration>();

    /// <summary>The V2 registration whose collection holds <paramref name="route"/> (the route itself or below it), or null.</summary>
    public static V2Registration? Holding(string route) =>
        V2Registrations.FirstOrDefault(r => route == r.Path || route.StartsWith(r.Path + "/", StringComparison.Ordinal));

    /// <summary>The registrations whose rows are <paramref name="rowType"/> (or derive from it), in registration order.</summary>
    public static IReadOnlyList<Resource> OfRowType(Type rowType) => [.. Resources.Where(r => rowType.IsAssignableFrom(r.RowType))];

    public static MockEndpoint Endpoint(string method, string route) =>
        Endpoints.SingleOrDefault(e => e.Method == method && e.Route == route)
        ?? throw new InvalidOperationException($"The mock has no endpoint {method} {route}.");

    private static (IReadOnlyList<MockEndpoint>, IReadOnlyList<Resource>) Load()
    {
        using var app = new TelnyxMockApplication();
        var endpoints = new List<MockEndpoint>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            var route = endpoint is RouteEndpoint r ? r.RoutePattern.RawText ?? string.Empty : endpoint.DisplayName ?? endpoint.ToString()!;
            route = route.Length > 1 ? route.TrimEnd('/') : route;
            var excluded = endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription == true;
            var document = excluded ? null : endpoint.Metadata.GetMetadata<IEndpointGroupNameMetadata>()?.EndpointGroupName;
            var statuses = endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(p => p.StatusCode).Distinct().Order().ToList();
            // An endpoint without methods (a fallback) answers any: it is listed as "*" so a coverage test names it.
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
            {
                endpoints.Add(new MockEndpoint(method, route, endpoint.Metadata.GetMetadata<SurfaceMetadata>()?.Surface,
                    endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName, document, statuses,
                    endpoint.Metadata.GetMetadata<RequestExampleMetadata>()?.Example.ToJsonString()));
            }
        }

        return (endpoints, app.Services.GetRequiredService<ResourceRegistry>().All);
    }
}
