using System.Text.Json.Nodes;
using TelnyxMock.Resources;
using TelnyxMock.Tests.Robustness;
using TelnyxMock.V1.Connections;
using TelnyxMock.V2;

namespace TelnyxMock.Tests.Coverage;

/// <summary>
/// One operation of the Telnyx surface, made from an endpoint of the mock: the resource its route parameter names (one
/// of <see cref="Target"/>, created first) and how its body is made. <see cref="Name"/> is the endpoint's method and
/// route, with the target's type when the route serves several (<c>GET /v2/connections/{id} on FqdnConnection</c>).
/// </summary>
public sealed record Operation(string Name, MockEndpoint Endpoint, Resource Target, Func<ResourceMaker, Task<JsonObject?>> Body)
{
    public string Surface => Endpoint.Surface!.Value.ToString();

    public string Method => Endpoint.Method;

    public string Path => Endpoint.Route;

    public int Success => Endpoint.Success;

    public bool TakesId => Endpoint.Parameter is not null;

    /// <summary>Creates, as <paramref name="owner"/>, the resource the route names (for a collection route, one in it) and what the body links to.</summary>
    public async Task<Call> PrepareAsync(HttpClient client, Credential owner)
    {
        var maker = new ResourceMaker(client, request => owner.Apply(request.Headers));
        var (id, _) = await maker.CreateAsync(Target);
        var body = await Body(maker);
        return new Call(this, id, body?.ToJsonString(), maker.Sent);
    }

    public override string ToString() => Name;
}

/// <summary>An operation made ready: the id its route parameter takes, its body, and how many requests making them sent.</summary>
public sealed record Call(Operation Operation, string Id, string? Body, int Setup)
{
    public HttpRequestMessage Request(Credential? credential = null) => Request(Id, credential);

    /// <summary>The request, with <paramref name="id"/> in the route parameter's place.</summary>
    public HttpRequestMessage Request(string id, Credential? credential)
    {
        var path = Operation.Endpoint.Parameter is { } parameter ? Operation.Path.Replace(parameter, id, StringComparison.Ordinal) : Operation.Path;
        var request = new HttpRequestMessage(new HttpMethod(Operation.Method), path) { Content = Body is null ? null : HttpTestExtensions.Json(Body) };
        credential?.Apply(request.Headers);
        return request;
    }
}

/// <summary>A Telnyx endpoint outside every V2 registration's collection: the rows its route parameter may name, and its body.</summary>
public sealed record OtherEndpoint(string Method, string Route, Type Names, string? Body = null);

/// <summary>
/// Every operation of the Telnyx surface, one per endpoint of the mock's <c>EndpointDataSource</c> (V1 and V2). An
/// endpoint in a V2 registration's collection takes its target and body from the registration (create: its
/// <c>CreateExample</c> made sendable by <see cref="ResourceMaker"/>; update: its <c>UpdateExample</c>; another route:
/// the endpoint's own request example); any other endpoint from <see cref="Others"/>. An endpoint neither explains is
/// in <see cref="Unexplained"/>, which a coverage test requires to be empty.
/// </summary>
public static class TelnyxOperations
{
    /// <summary>The Telnyx endpoints no V2 registration holds.</summary>
    public static readonly OtherEndpoint[] Others =
    [
        new("GET", "/security/connections", typeof(V1ConnectionRow)),
        new("POST", "/security/connections", typeof(V1ConnectionRow), """{"connection_name": "new"}"""),
        new("GET", "/security/connections/{id}", typeof(V1ConnectionRow)),
        new("PUT", "/security/connections/{id}", typeof(V1ConnectionRow), """{"connection_name": "changed"}"""),
        new("DELETE", "/security/connections/{id}", typeof(V1ConnectionRow)),

        // /v2/connections serves the connections of every V2 type: an operation on one is tried on each type.
        new("GET", "/v2/connections", typeof(V2ConnectionRow)),
        new("GET", "/v2/connections/{id}", typeof(V2ConnectionRow)),
        new("GET", "/v2/connections/{connection_id}/active_calls", typeof(V2ConnectionRow)),

        // The number search offers what no account owns: the operation's resource is a number that is owned.
        new("GET", "/v2/available_phone_numbers", typeof(TelnyxMock.V2.PhoneNumbers.PhoneNumberRow)),
    ];

    private static readonly Lazy<(IReadOnlyList<Operation> All, IReadOnlyList<MockEndpoint> Unexplained)> Built = new(Build);

    public static IReadOnlyList<Operation> All => Built.Value.All;

    /// <summary>Telnyx endpoints that neither a V2 registration nor <see cref="Others"/> accounts for.</summary>
    public static IReadOnlyList<MockEndpoint> Unexplained => Built.Value.Unexplained;

    public static Operation Named(string name) =>
        All.SingleOrDefault(o => o.Name == name) ?? throw new InvalidOperationException($"No operation is named '{name}'.");

    private static (IReadOnlyList<Operation>, IReadOnlyList<MockEndpoint>) Build()
    {
        var operations = new List<Operation>();
        var unexplained = new List<MockEndpoint>();
        foreach (var endpoint in MockModel.Telnyx)
        {
            var (targets, body) = Explain(endpoint);
            if (targets.Count == 0)
            {
                unexplained.Add(endpoint);
                continue;
            }

            // A route parameter that may name rows of several types is tried on each; a collection route needs one.
            foreach (var target in endpoint.Parameter is null ? targets.Take(1) : targets)
            {
                var name = endpoint.Parameter is null || targets.Count == 1 ? endpoint.ToString() : $"{endpoint} on {target.Definition.Name}";
                operations.Add(new Operation(name, endpoint, target, body));
            }
        }

        return (operations, unexplained);
    }

    private static (IReadOnlyList<Resource> Targets, Func<ResourceMaker, Task<JsonObject?>> Body) Explain(MockEndpoint endpoint)
    {
        if (MockModel.Holding(endpoint.Route) is { } registration)
        {
            var resource = registration.Resource;
            Func<ResourceMaker, Task<JsonObject?>> body = (endpoint.Method, endpoint.Route) switch
            {
                ("POST", var route) when route == registration.Path => async maker => await maker.CreateBodyAsync(resource),
                ("PATCH", var route) when route == $"{registration.Path}/{{id}}" =>
                    async maker => await maker.CompleteAsync(resource, JsonNode.Parse(registration.UpdateExample)!.AsObject()),
                _ => Fixed(endpoint.Example),
            };
            return ([resource], body);
        }

        return Others.SingleOrDefault(o => o.Method == endpoint.Method && o.Route == endpoint.Route) is { } other
            ? (MockModel.OfRowType(other.Names), Fixed(other.Body))
            : ([], Fixed(null));
    }

    private static Func<ResourceMaker, Task<JsonObject?>> Fixed(string? json) =>
        _ => Task.FromResult(json is null ? null : JsonNode.Parse(json)!.AsObject());
}
