using System.Text.Json.Nodes;

namespace TelnyxMock.Resources;

/// <summary>The JSON type of a field.</summary>
public enum FieldType
{
    String,
    Integer,
    Boolean,
    StringArray,
    Object,

    /// <summary>A JSON number, integral or not (a fault rule's probability).</summary>
    Number,

    /// <summary>An array of objects of one <see cref="FieldSpec.Shape"/> (a fixture's authorized IPs).</summary>
    ObjectArray,
}

/// <summary>
/// One field of a resource, written once: its JSON name, type, nullability, default, allowed values, range, length and
/// format. The OpenAPI schema and the field's validation rules are derived from it (see <see cref="ResourceSchemas"/> and
/// <see cref="FieldRules"/>), so what Swagger shows is what the mock enforces.
/// </summary>
public sealed record FieldSpec(string Name, FieldType Type)
{
    /// <summary>null is a value the field takes (and not merely "absent").</summary>
    public bool Nullable { get; init; }

    /// <summary>The value applied on create when the field is left out; null for none (a nullable field is then null).</summary>
    public JsonNode? Default { get; init; }

    /// <summary>The allowed values of a string field (or of each item of a string array).</summary>
    public IReadOnlyList<string>? Values { get; init; }

    /// <summary>The allowed values of an integer field.</summary>
    public IReadOnlyList<int>? IntegerValues { get; init; }

    /// <summary>The lowest value (of an integer, or of the whole number a string holds).</summary>
    public int? Minimum { get; init; }

    public int? Maximum { get; init; }

    /// <summary>Integer steps: the value must be a multiple of this.</summary>
    public int? MultipleOf { get; init; }

    /// <summary>The longest string (or array item) accepted.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The shortest string accepted.</summary>
    public int? MinLength { get; init; }

    /// <summary>The fewest items of an array, and the sentence that says so.</summary>
    public int? MinItems { get; init; }

    public string? MinItemsMessage { get; init; }

    /// <summary>The most items of an array, and the sentence that says so.</summary>
    public int? MaxItems { get; init; }

    public string? MaxItemsMessage { get; init; }

    /// <summary>An array lists each value once, and the sentence that says so.</summary>
    public bool UniqueItems { get; init; }

    public string? UniqueItemsMessage { get; init; }

    /// <summary>The kind of string the field holds (<see cref="Formats"/>): its check, message, OpenAPI format or pattern, and spelling.</summary>
    public Format? Format { get; init; }

    /// <summary>The field names another resource (see <see cref="LinkSpec"/>).</summary>
    public LinkSpec? Link { get; init; }

    /// <summary>No two resources hold the same value (see <see cref="UniqueSpec"/>).</summary>
    public UniqueSpec? Unique { get; init; }

    /// <summary>How many resources of an account may share a value of this top-level field; null for any number.</summary>
    public ShareLimit? Limit { get; init; }

    /// <summary>A string that must hold a whole number within <see cref="Minimum"/>..<see cref="Maximum"/> (V1 timeouts).</summary>
    public bool IntegerString { get; init; }

    /// <summary>A blank string is refused (a name that must say something).</summary>
    public bool NotBlank { get; init; }

    /// <summary>"" is accepted besides the format or values (meaning "none").</summary>
    public bool BlankAllowed { get; init; }

    /// <summary>Control characters are refused (names, tokens, tags).</summary>
    public bool Printable { get; init; }

    /// <summary>
    /// Written by the mock, never by a request (<c>id</c>, <c>record_type</c>, timestamps): it is in the response, and a
    /// request that sends it sends an unknown field. Its <see cref="Default"/> is its value on a new resource.
    /// </summary>
    public bool ReadOnly { get; init; }

    /// <summary>
    /// Sent by requests, never answered (a phone number's <c>address_id</c>, a number order's
    /// <c>regulatory_requirements</c>): in the request schemas only, kept in the stored document but left out of responses.
    /// </summary>
    public bool WriteOnly { get; init; }

    /// <summary>A response leaves the field out rather than writing null (a registration's details before any registration).</summary>
    public bool OmittedWhenNull { get; init; }

    /// <summary>Required on create (a request that leaves it out fails "is required.").</summary>
    public bool Required { get; init; }

    /// <summary>null is accepted and stored as <see cref="Default"/> (sip_region): the response never shows null.</summary>
    public bool NullMeansDefault { get; init; }

    /// <summary>"" is accepted and stored as null (default_routing_method): "none" has one spelling in responses.</summary>
    public bool BlankMeansNull { get; init; }

    /// <summary>Accepted and ignored: the stored value is always <see cref="Default"/> (V1's deprecated rtcp_report_enabled).</summary>
    public bool Fixed { get; init; }

    /// <summary>A string field that also takes a JSON integer, kept as its decimal text (V1 timeouts, int64 ids).</summary>
    public bool AcceptsInteger { get; init; }

    /// <summary>A boolean that also takes 0 and 1.</summary>
    public bool AcceptsBit { get; init; }

    /// <summary>A string array that also takes one string, as a one-element list.</summary>
    public bool AcceptsOneString { get; init; }

    /// <summary>What a value of the field must be, for type errors ("timeout_1xx must be a string holding a whole number, got …").</summary>
    public string Expected => Type switch
    {
        FieldType.Boolean => AcceptsBit ? "a boolean (or 0 or 1)" : "a boolean",
        FieldType.Integer => "an integer",
        FieldType.StringArray => AcceptsOneString ? "an array of strings (or one string)" : "an array of strings",
        FieldType.Object => "an object",
        FieldType.Number => Minimum is { } low && Maximum is { } high ? $"a number between {low} and {high}" : "a number",
        FieldType.ObjectArray => "an array of objects",
        _ when IntegerString => "a string holding a whole number",
        _ when AcceptsInteger => "an integer or a string of digits",
        _ => "a string",
    };

    /// <summary>The fields of an object field, or of each item of an array of objects.</summary>
    public ShapeSpec? Shape { get; init; }

    public string? Description { get; init; }

    public FieldSpec OrNull() => this with { Nullable = true };

    public FieldSpec Described(string description) => this with { Description = description };
}

/// <summary>An object's fields, in the order responses write them, under the name its OpenAPI schema takes.</summary>
public sealed record ShapeSpec(string Name, IReadOnlyList<FieldSpec> Fields)
{
    private readonly Dictionary<string, FieldSpec> byName = Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public FieldSpec? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>
    /// A shape of some of these fields (the same specs, written once) plus <paramref name="extra"/>, in name order, as the
    /// reference orders an object's fields; <paramref name="changed"/> replaces a picked field (another default, say).
    /// </summary>
    public ShapeSpec Pick(string name, IEnumerable<string> names, IEnumerable<FieldSpec>? extra = null, IEnumerable<FieldSpec>? changed = null)
    {
        var replaced = (changed ?? []).ToDictionary(f => f.Name, StringComparer.Ordinal);
        var fields = names.Select(n => replaced.GetValueOrDefault(n) ?? this[n]).Concat(extra ?? []);
        return new ShapeSpec(name, fields.OrderBy(f => f.Name, StringComparer.Ordinal).ToList());
    }

    public FieldSpec this[string name] => Find(name)
        ?? throw new KeyNotFoundException($"{Name} has no field '{name}'.");
}

/// <summary>Short constructors for definitions: <c>F.Int("timeout_1xx_secs", 1, 120, 3)</c>.</summary>
public static class F
{
    public static FieldSpec Bool(string name, bool? @default = null) =>
        new(name, FieldType.Boolean) { Default = @default is { } d ? JsonValue.Create(d) : null };

    public static FieldSpec Int(string name, int? minimum = null, int? maximum = null, int? @default = null) =>
        new(name, FieldType.Integer) { Minimum = minimum, Maximum = maximum, Default = @default is { } d ? JsonValue.Create(d) : null };

    public static FieldSpec Str(string name, string? @default = null, int? maxLength = null) =>
        new(name, FieldType.String) { Default = @default is null ? null : JsonValue.Create(@default), MaxLength = maxLength };

    public static FieldSpec Enum(string name, IReadOnlyList<string> values, string? @default = null) =>
        new(name, FieldType.String) { Values = values, Default = @default is null ? null : JsonValue.Create(@default) };

    public static FieldSpec IntEnum(string name, IReadOnlyList<int> values, int? @default = null) =>
        new(name, FieldType.Integer) { IntegerValues = values, Default = @default is { } d ? JsonValue.Create(d) : null };

    /// <summary>A string holding a whole number in a range; an integer is accepted and stored as its string.</summary>
    public static FieldSpec IntString(string name, int minimum, int maximum, string @default) =>
        new(name, FieldType.String) { IntegerString = true, AcceptsInteger = true, Minimum = minimum, Maximum = maximum, Default = JsonValue.Create(@default) };

    public static FieldSpec Uuid(string name) => new(name, FieldType.String) { Format = Formats.Uuid };

    /// <summary>A positive 64-bit integer id, given as a string or a number; kept and returned as a string.</summary>
    public static FieldSpec Int64Id(string name) => new(name, FieldType.String) { Format = Formats.Int64, AcceptsInteger = true };

    /// <summary>A string field of <paramref name="format"/>.</summary>
    public static FieldSpec Formatted(string name, Format format) => new(name, FieldType.String) { Format = format };

    /// <summary>The id of another resource, or null: a link (see <see cref="LinkSpec"/>), checked for its exact id.</summary>
    public static FieldSpec Link(string name, LinkSpec link) => new(name, FieldType.String) { Link = link, Nullable = true, MaxLength = 64, Printable = true };

    /// <summary>A field only the mock writes, with its value on a new resource (null for none, or set by the engine).</summary>
    public static FieldSpec ReadOnly(string name, FieldType type, JsonNode? value = null) => new(name, type) { ReadOnly = true, Default = value };

    public static FieldSpec Url(string name) => new(name, FieldType.String) { Format = Formats.Url };

    public static FieldSpec StrList(string name, IReadOnlyList<string>? @default = null) =>
        new(name, FieldType.StringArray) { Default = @default is null ? null : new JsonArray([.. @default.Select(v => (JsonNode)JsonValue.Create(v))]) };

    public static FieldSpec Obj(string name, ShapeSpec shape) => new(name, FieldType.Object) { Shape = shape };

    /// <summary>An array of objects of <paramref name="shape"/>; each item is checked as a new object (its required fields too).</summary>
    public static FieldSpec Objects(string name, ShapeSpec shape) => new(name, FieldType.ObjectArray) { Shape = shape };

    public static FieldSpec Number(string name, int? minimum = null, int? maximum = null) =>
        new(name, FieldType.Number) { Minimum = minimum, Maximum = maximum };
}

/// <summary>
/// A field whose value no other resource holds: in the same account, or across the mock (<see cref="AcrossAccounts"/>);
/// <see cref="Column"/> is the row's column that holds it, <see cref="Message"/> the failure, with {0} for the value.
/// </summary>
public sealed record UniqueSpec(string Column, bool AcrossAccounts, string Message);

/// <summary>
/// At most <paramref name="Max"/> resources of an account may share a value of the field (a telephony credential's tag
/// holds at most 1,000), counted in <paramref name="Column"/>; <paramref name="Message"/> takes the value as {0} and the
/// limit as {1}.
/// </summary>
public sealed record ShareLimit(string Column, int Max, string Message);
