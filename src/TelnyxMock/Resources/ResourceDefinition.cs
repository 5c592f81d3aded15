using System.Globalization;
using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;

namespace TelnyxMock.Resources;

/// <summary>A rule across fields, checked on the merged result of a create, an update or a fixture, named for the docs.</summary>
public sealed record ResourceRule(string Name, Func<JsonObject, IEnumerable<FieldError>> Check);

/// <summary>A field that names another resource, found at <paramref name="Pointer"/> of the document.</summary>
public sealed record LinkedField(string Pointer, FieldSpec Spec)
{
    public LinkSpec Link => Spec.Link!;

    public string[] Path { get; } = Pointer.TrimStart('/').Split('/');

    /// <summary>The value the document holds there, as text (an integer as its digits); null when absent or none.</summary>
    public string? ValueIn(JsonObject document)
    {
        JsonNode? node = document;
        foreach (var segment in Path)
        {
            node = (node as JsonObject)?[segment];
        }

        var text = node is JsonValue value ? (value.TryGetValue<string>(out var s) ? s : value.ToJsonString()) : null;
        return text == "0" && Link.ZeroMeansNone ? null : text;
    }

    /// <summary>Sets the field to null in <paramref name="document"/>, and the field that shows its target's, if any.</summary>
    public void ClearIn(JsonObject document)
    {
        Parent(document)[Path[^1]] = null;
        Show(document, null);
    }

    /// <summary>What the field beside the link shows of its target (see <see cref="LinkSpec.Shows"/>).</summary>
    public JsonNode? ShownIn(JsonObject document) => Link.Shows is { } shows ? Parent(document)[shows.Field] : null;

    /// <summary>Writes what the field beside the link shows of its target (nothing when the link shows nothing).</summary>
    public void Show(JsonObject document, JsonNode? value)
    {
        if (Link.Shows is { } shows)
        {
            Parent(document)[shows.Field] = value?.DeepClone();
        }
    }

    private JsonObject Parent(JsonObject document) => Path[..^1].Aggregate(document, (node, segment) => node[segment]!.AsObject());
}

/// <summary>
/// One resource type, described once: its fields in the order responses write them (<see cref="Shape"/>, written and
/// read-only alike) and its rules across fields. From it come binding (<see cref="ShapeBinder"/>), field rules
/// (<see cref="ShapeValidator"/>), a new resource's document (<see cref="New"/>), the partial-update merge
/// (<see cref="Apply"/>), the merged-result rules (<see cref="Check"/>) and the OpenAPI schemas
/// (<see cref="ResourceSchemas"/>); the engine checks its links and unique fields (<see cref="ResourceWriter"/>). A resource is stored as this document (see <see cref="Data.StoredResource"/>),
/// which is also exactly what retrieve and list send.
/// </summary>
public sealed class ResourceDefinition(string name, ShapeSpec shape)
{
    /// <summary>The OpenAPI name of the resource's schema (<c>IpConnection</c>); request schemas are Create…Request and Update…Request.</summary>
    public string Name => name;

    public ShapeSpec Shape => shape;

    public IReadOnlyList<ResourceRule> Rules { get; init; } = [];

    /// <summary>The fields that name other resources, at any depth (see <see cref="LinkSpec"/>).</summary>
    public IReadOnlyList<LinkedField> Links => links ??= LinksOf(shape, string.Empty).ToList();

    /// <summary>The top-level fields no two resources may share a value of (see <see cref="UniqueSpec"/>).</summary>
    public IReadOnlyList<FieldSpec> Uniques => uniques ??= shape.Fields.Where(f => f.Unique is not null).ToList();

    /// <summary>The top-level fields only so many resources of an account may share a value of (see <see cref="ShareLimit"/>).</summary>
    public IReadOnlyList<FieldSpec> Limited => limited ??= shape.Fields.Where(f => f.Limit is not null).ToList();

    private IReadOnlyList<FieldSpec>? limited;

    private IReadOnlyList<LinkedField>? links;

    private IReadOnlyList<FieldSpec>? uniques;

    /// <summary>Fills in what follows from other fields once a request is merged (an FQDN's port for an A record, say).</summary>
    public Action<JsonObject>? Complete { get; init; }

    /// <summary>The document of a new resource: every field's default, <c>id</c> and the timestamps the mock writes.</summary>
    public JsonObject New(long id, DateTime now)
    {
        var document = Document(shape);
        if (document.ContainsKey("id"))
        {
            document["id"] = Ids.Show(id);
        }

        foreach (var stamp in new[] { "created_at", "updated_at" }.Where(document.ContainsKey))
        {
            document[stamp] = Timestamp(now);
        }

        return document;
    }

    /// <summary>
    /// The document as a response writes it: fields <see cref="FieldSpec.OmittedWhenNull"/> left out while null,
    /// <see cref="FieldSpec.WriteOnly"/> ones always.
    /// </summary>
    public JsonObject Answered(JsonObject document)
    {
        foreach (var field in shape.Fields.Where(f => f.WriteOnly || (f.OmittedWhenNull && document[f.Name] is null)))
        {
            document.Remove(field.Name);
        }

        return document;
    }

    /// <summary>
    /// This definition's view of a stored document that holds more (a phone number's document holds its voice settings
    /// too): its own fields, in its order, as a response writes them; a <see cref="FieldSpec.Fixed"/> field shows its
    /// default (the view's own record_type).
    /// </summary>
    public JsonObject Project(JsonObject stored) =>
        Answered(new JsonObject(shape.Fields.Select(f => KeyValuePair.Create(f.Name, (f.Fixed ? f.Default : stored[f.Name])?.DeepClone()))));

    /// <summary>How the resource's ids are written and read back (decimal digits, or a UUID for a number order).</summary>
    public IdFormat Ids { get; init; } = IdFormat.Decimal;

    /// <summary>Merges what a request (or fixture) carries into a document: object fields at every depth, the rest replaced.</summary>
    public void Apply(JsonObject document, JsonObject values)
    {
        Merge(shape, document, values);
        Complete?.Invoke(document);
    }

    /// <summary>Every failure of the rules across fields, on the merged result.</summary>
    public List<FieldError> Check(JsonObject merged) =>
        Rules.SelectMany(rule => rule.Check(merged)).ToList();

    private static IEnumerable<LinkedField> LinksOf(ShapeSpec shape, string prefix) =>
        shape.Fields.SelectMany(f => f.Type == FieldType.Object
            ? LinksOf(f.Shape!, $"{prefix}/{f.Name}")
            : f.Link is null ? [] : [new LinkedField($"{prefix}/{f.Name}", f)]);

    /// <summary>
    /// The time of an update: <paramref name="now"/>, or a millisecond after <paramref name="previous"/> if that is not
    /// earlier, so updated_at always moves forward; written into the document when the resource shows it.
    /// </summary>
    public static DateTime Touch(JsonObject document, DateTime previous, DateTime now)
    {
        var at = now > previous ? now : previous.AddMilliseconds(1);
        if (document.ContainsKey("updated_at"))
        {
            document["updated_at"] = Timestamp(at);
        }

        return at;
    }

    public static string Timestamp(DateTime at) =>
        DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString(UtcMillisecondsConverter.Format, CultureInfo.InvariantCulture);

    /// <summary>Every field of a shape with the value a new resource has: its default, [] for a list, null otherwise.</summary>
    private static JsonObject Document(ShapeSpec shape)
    {
        var document = new JsonObject();
        foreach (var field in shape.Fields)
        {
            // An object that may be null starts as null (a profile's calling window until one is set).
            document[field.Name] = field.Type == FieldType.Object && !field.Nullable ? Document(field.Shape!)
                : field.Default?.DeepClone() ?? (field.Type is FieldType.StringArray or FieldType.ObjectArray ? new JsonArray() : null);
        }

        return document;
    }

    private static void Merge(ShapeSpec shape, JsonObject document, JsonObject values)
    {
        foreach (var (key, value) in values)
        {
            var spec = shape[key];
            if (spec.Fixed)
            {
                continue;
            }

            if (spec.Type == FieldType.Object && value is JsonObject nested)
            {
                if (document[key] is not JsonObject target)
                {
                    // An object set for the first time starts from its fields' defaults.
                    document[key] = target = Document(spec.Shape!);
                }

                Merge(spec.Shape!, target, nested);
                continue;
            }

            document[key] = Normalize(spec, value?.DeepClone());
        }
    }

    /// <summary>The one spelling a value is kept in: null for the default, "" for none, an int64 id in its shortest digits.</summary>
    private static JsonNode? Normalize(FieldSpec spec, JsonNode? value) => value switch
    {
        null when spec.NullMeansDefault => spec.Default?.DeepClone(),
        JsonValue v when spec.BlankMeansNull && v.TryGetValue<string>(out var s) && s.Length == 0 => null,
        JsonValue v when spec.Format?.Normalize is { } normalize && v.TryGetValue<string>(out var s) && spec.Format.Problem(s) is null =>
            JsonValue.Create(normalize(s)),
        _ => value,
    };
}
