namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// A body field as the Telnyx page documents it, written independently of the mock's own code so the
/// generated cases test the implementation rather than restate it.
/// </summary>
public sealed record FieldUnderTest(string Pointer, FieldKind Kind, bool Nullable = false, int Min = 0, int Max = 0, string[]? Values = null)
{
    /// <summary>Where a cross-field rule may report a value of this field instead (min/max pairs).</summary>
    public string? SiblingPointer { get; init; }

    public string Name => Pointer.Split('/').Last();

    public static FieldUnderTest Bool(string pointer, bool nullable = false) => new(pointer, FieldKind.Bool, nullable);

    public static FieldUnderTest Uuid(string pointer) => new(pointer, FieldKind.Uuid, true);

    public static FieldUnderTest Url(string pointer, bool nullable) => new(pointer, FieldKind.Url, nullable);

    public static FieldUnderTest Digits(string pointer, int length) => new(pointer, FieldKind.Digits, false, length, length);

    public static FieldUnderTest Int(string pointer, int min, int max, bool nullable = false) => new(pointer, FieldKind.Int, nullable, min, max);

    public static FieldUnderTest IntString(string pointer, int min, int max) => new(pointer, FieldKind.IntString, false, min, max);

    public static FieldUnderTest Enum(string pointer, bool nullable, params string[] values) => new(pointer, FieldKind.Enum, nullable, Values: values);

    public static FieldUnderTest IntEnum(string pointer, params int[] values) => new(pointer, FieldKind.IntEnum, Values: values.Select(v => v.ToString()).ToArray());

    public static FieldUnderTest Text(string pointer, int max, bool nullable = false) => new(pointer, FieldKind.Text, nullable, 0, max);

    public static FieldUnderTest Country(string pointer) => new(pointer, FieldKind.Country, true);

    public static FieldUnderTest StringList(string pointer) => new(pointer, FieldKind.StringList);
}

public enum FieldKind
{
    Bool,
    Int,
    IntString,
    Enum,
    IntEnum,
    Text,
    Country,
    StringList,
    Uuid,
    Url,
    Digits,
}

/// <summary>One generated value for a field, and whether the mock must accept it.</summary>
public sealed record FieldCase(FieldUnderTest Field, string Json, bool Valid)
{
    public override string ToString() => $"{Field.Pointer} = {(Json.Length > 40 ? Json[..40] + "…" : Json)} ({(Valid ? "valid" : "invalid")})";
}

/// <summary>Generates, for every field, wrong JSON types, nulls, enum near-misses, range edges, long and odd strings.</summary>
public static class CaseGenerator
{
    private static readonly string[] WrongForString = ["42", "true", "[]", "{}", "1.5"];
    private static readonly string[] WrongForBool = ["\"true\"", "\"false\"", "\"yes\"", "2", "[]", "{}", "\"\""];
    private static readonly string[] WrongForInt = ["\"5\"", "true", "[]", "{}", "1.5", "99999999999999999999", "\"\""];

    public static IEnumerable<FieldCase> For(FieldUnderTest field)
    {
        IEnumerable<(string Json, bool Valid)> values = field.Kind switch
        {
            FieldKind.Bool => WrongForBool.Select(v => (v, false)).Concat([("true", true), ("false", true)]),
            FieldKind.Int => WrongForInt.Select(v => (v, false)).Concat(Edges(field.Min, field.Max)),
            FieldKind.IntString => new[] { "\"abc\"", "\"\"", "\" 5\"", "\"5.0\"", "\"-1\"", "true", "[]", "{}", "1.5" }.Select(v => (v, false))
                .Concat(Edges(field.Min, field.Max).Select(e => ($"\"{e.Item1}\"", e.Item2)))
                .Concat([(field.Min.ToString(), true), ((field.Max + 1L).ToString(), false)]),
            FieldKind.Enum => WrongForString.Select(v => (v, false)).Concat(field.Values!.SelectMany(NearMisses)).Concat(field.Values!.Select(v => (Quote(v), true))),
            FieldKind.IntEnum => WrongForInt.Select(v => (v, false)).Concat(field.Values!.Select(v => (v, true)))
                .Concat([((field.Values!.Select(int.Parse).Min() - 1).ToString(), false), ((field.Values!.Select(int.Parse).Max() + 1).ToString(), false)]),
            FieldKind.Text => WrongForString.Select(v => (v, false)).Concat(
            [
                (Quote(new string('a', field.Max + 1)), false),
                (Quote(new string('a', field.Max)), true),
                ("\"bad\\u0000value\"", false),
                ("\"line\\nbreak\"", false),
            ]),
            FieldKind.Country => WrongForString.Select(v => (v, false)).Concat([("\"USA\"", false), ("\"us\"", false), ("\"U\"", false), ("\"\"", false), ("\"DE\"", true)]),
            FieldKind.Uuid => WrongForString.Select(v => (v, false)).Concat([("\"abc\"", false), ("\"ec0c8e5d-439e-4620-a0c1-9d9c8d02a83\"", false),
                ("\"ec0c8e5d-439e-4620-a0c1-9d9c8d02a836x\"", false), ("\"ec0c8e5d-439e-4620-a0c1-9d9c8d02a836\"", true)]),
            FieldKind.Url => WrongForString.Select(v => (v, false)).Concat([("\"example.com\"", false), ("\"ftp://example.com\"", false),
                ("\"javascript:alert(1)\"", false), ("\"https://\"", false), ("\"https://example.com/hook?a=1\"", true), ("\"http://127.0.0.1:8080/x\"", true)]),
            FieldKind.Digits => WrongForString.Select(v => (v, false)).Concat([(Quote(new string('1', field.Min - 1)), false), (Quote(new string('1', field.Min + 1)), false),
                (Quote("12a4"[..Math.Min(4, field.Min)]), false), (Quote(new string('7', field.Min)), true)]),
            FieldKind.StringList => new[] { "42", "true", "{}", "[1]", "[null]", "[[]]" }.Select(v => (v, false)).Concat([("[\"G722\"]", true)]),
            _ => [],
        };

        var cases = values.Select(v => new FieldCase(field, v.Json, v.Valid)).ToList();
        cases.Add(new FieldCase(field, "null", field.Nullable));
        return cases;
    }

    private static IEnumerable<(string, bool)> Edges(long min, long max) =>
        [((min - 1).ToString(), false), (min.ToString(), true), (max.ToString(), true), ((max + 1).ToString(), false)];

    private static IEnumerable<(string, bool)> NearMisses(string value)
    {
        var misses = new List<string> { value + " ", "x" + value, value + "\u0000" };
        if (value.ToLowerInvariant() != value)
        {
            misses.Add(value.ToLowerInvariant());
        }
        else if (value.ToUpperInvariant() != value)
        {
            misses.Add(value.ToUpperInvariant());
        }

        return misses.Select(m => (Quote(m), false));
    }

    private static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
