using System.Text.Json.Nodes;
using TelnyxMock.Resources;

namespace TelnyxMock.Tests.Coverage;

/// <summary>
/// Creates a resource of any registration as a client would, from what the registration declares: its create example
/// (<see cref="V2Registration.CreateExample"/>, or the create body <see cref="TelnyxOperations.Others"/> gives a resource
/// outside V2), each resource a link of the body names created first with its id put at the link's pointer, and a fresh
/// value in each unique field. Every request goes through <paramref name="client"/>, authorized by
/// <paramref name="authorize"/> when given; <see cref="Sent"/> counts them.
/// </summary>
public sealed class ResourceMaker(HttpClient client, Action<HttpRequestMessage>? authorize = null)
{
    public int Sent { get; private set; }

    /// <summary>Creates a resource (with <paramref name="body"/>, or one made by <see cref="CreateBodyAsync"/>); returns its id and stored form.</summary>
    public async Task<(string Id, JsonObject Stored)> CreateAsync(Resource resource, JsonObject? body = null)
    {
        if (V2Registration.Of(resource) is { Posted: false } bought)
        {
            return await BuyAsync(bought, body);
        }

        var (path, _, success) = CreateRoute(resource);
        body ??= await CreateBodyAsync(resource);
        var response = await SendAsync(HttpMethod.Post, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == success, $"POST {path} {body.ToJsonString()}: expected {success}, got {(int)response.StatusCode} {text}");
        var node = JsonNode.Parse(text)!;
        var stored = (node["data"] ?? node).AsObject();
        return (IdText(stored["id"]), stored);
    }

    /// <summary>
    /// A create body that succeeds for this client: the registration's example (only its required fields when
    /// <paramref name="minimal"/>), completed by <see cref="CompleteAsync"/>.
    /// </summary>
    public async Task<JsonObject> CreateBodyAsync(Resource resource, bool minimal = false)
    {
        if (V2Registration.Of(resource) is { Posted: false })
        {
            // What makes a phone number: an order for a fresh number, which is all an order requires.
            return new JsonObject { ["phone_numbers"] = new JsonArray(new JsonObject { ["phone_number"] = FreshNumber() }) };
        }

        var example = JsonNode.Parse(CreateRoute(resource).Example)!.AsObject();
        return await CompleteAsync(resource, minimal ? RequiredOnly(resource.Definition.Shape, example) : example, creating: true);
    }

    /// <summary>
    /// Makes <paramref name="body"/> sendable by this client: each link it holds (and, on create, each required one)
    /// names a resource created for it first, and each unique field it holds (on create, each required one) a value no
    /// other request used, unless <paramref name="keepUniques"/>.
    /// </summary>
    public async Task<JsonObject> CompleteAsync(Resource resource, JsonObject body, bool creating = false, bool keepUniques = false)
    {
        foreach (var field in resource.Definition.Uniques.Where(f => !keepUniques && (body.ContainsKey(f.Name) || (creating && f.Required))))
        {
            body[field.Name] = Fresh(field, body[field.Name]);
        }

        // A number order buys its numbers, which no other order may have bought: each is a fresh number.
        if (creating && !keepUniques && resource.RowType == typeof(TelnyxMock.V2.NumberOrders.NumberOrderRow) && body["phone_numbers"] is JsonArray numbers)
        {
            foreach (var number in numbers.OfType<JsonObject>())
            {
                number["phone_number"] = FreshNumber();
            }
        }

        foreach (var link in resource.Definition.Links.Where(l => l.ValueIn(body) is not null || (creating && l.Spec.Required)))
        {
            if (link.Link.Scope is not null)
            {
                throw new InvalidOperationException($"{resource.Definition.Name}{link.Pointer} names a resource attached to the one being written: the maker cannot make that first.");
            }

            var target = MockModel.OfRowType(link.Link.Target).FirstOrDefault()
                ?? throw new InvalidOperationException($"{resource.Definition.Name}{link.Pointer} links to {link.Link.Target.Name}, which no registration stores.");
            var (id, _) = await CreateAsync(target);
            Set(body, link.Path, JsonValue.Create(id));
        }

        return body;
    }

    /// <summary>
    /// Makes a resource clients never post: a phone number, bought with a number order (of a fresh random London number,
    /// or the one <paramref name="order"/> names, with its other fields) and read back by its number.
    /// </summary>
    private async Task<(string Id, JsonObject Stored)> BuyAsync(V2Registration registration, JsonObject? order)
    {
        if (registration.Path != "/v2/phone_numbers")
        {
            throw new InvalidOperationException($"{registration.Path} is not posted, and the maker does not know what makes it.");
        }

        order ??= new JsonObject();
        order["phone_numbers"] ??= new JsonArray(new JsonObject { ["phone_number"] = FreshNumber() });
        var number = order["phone_numbers"]![0]!["phone_number"]!.GetValue<string>();
        var response = await SendAsync(HttpMethod.Post, "/v2/number_orders", order);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"POST /v2/number_orders {order.ToJsonString()}: expected 200, got {(int)response.StatusCode} {text}");
        var list = new HttpRequestMessage(HttpMethod.Get, $"/v2/phone_numbers?filter[phone_number]={Uri.EscapeDataString(number)}");
        authorize?.Invoke(list);
        Sent++;
        var found = JsonNode.Parse(await (await client.SendAsync(list)).Content.ReadAsStringAsync())!["data"]!.AsArray().Single()!.AsObject();
        return (IdText(found["id"]), found);
    }

    /// <summary>A London number no other request of a test run is likely to have ordered: 10^8 to choose from.</summary>
    public static string FreshNumber() => "+4420" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Where a resource is created, its create example and the status a create answers.</summary>
    public static (string Path, string Example, int Success) CreateRoute(Resource resource)
    {
        if (V2Registration.Of(resource) is { } registration)
        {
            return (registration.Path, registration.CreateExample, MockModel.Endpoint("POST", registration.Path).Success);
        }

        var create = TelnyxOperations.Others.SingleOrDefault(o => o.Method == "POST" && !o.Route.Contains('{') && o.Names.IsAssignableFrom(resource.RowType))
            ?? throw new InvalidOperationException($"{resource.Definition.Name} is no V2 registration and TelnyxOperations.Others has no POST that creates it.");
        return (create.Route, create.Body!, MockModel.Endpoint("POST", create.Route).Success);
    }

    public static string IdText(JsonNode? id) =>
        id is JsonValue value ? (value.TryGetValue<string>(out var text) ? text : value.ToJsonString()) : throw new InvalidOperationException("No id in the response.");

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject body)
    {
        var request = new HttpRequestMessage(method, path) { Content = HttpTestExtensions.Json(body.ToJsonString()) };
        authorize?.Invoke(request);
        Sent++;
        return await client.SendAsync(request);
    }

    /// <summary>The example's value with its end replaced by 12 random hex digits, within the field's length (user names are unique across the mock).</summary>
    private static string Fresh(FieldSpec field, JsonNode? example)
    {
        const int Random = 12;
        var stem = example is JsonValue value && value.TryGetValue<string>(out var text) ? text : "u";
        stem = stem[..Math.Min(stem.Length, Math.Max(1, (field.MaxLength ?? 64) - Random))];
        return stem + Guid.NewGuid().ToString("N")[..Random];
    }

    /// <summary>The fields of <paramref name="body"/> the shape marks required (objects kept when they hold one).</summary>
    private static JsonObject RequiredOnly(ShapeSpec shape, JsonObject body)
    {
        var kept = new JsonObject();
        foreach (var (name, value) in body)
        {
            if (shape.Find(name) is not { } field)
            {
                continue;
            }

            if (field.Type == FieldType.Object && value is JsonObject nested && RequiredOnly(field.Shape!, nested) is { Count: > 0 } inner)
            {
                kept[name] = inner;
            }
            else if (field.Required)
            {
                kept[name] = value?.DeepClone();
            }
        }

        return kept;
    }

    private static void Set(JsonObject body, string[] path, JsonNode value)
    {
        var node = body;
        foreach (var segment in path[..^1])
        {
            node = node[segment] as JsonObject ?? (JsonObject)(node[segment] = new JsonObject());
        }

        node[path[^1]] = value;
    }
}
