using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FluentValidation;
using TelnyxMock.Common.Validation;

namespace TelnyxMock.Resources;

/// <summary>
/// The FluentValidation rules of a shape, generated from its field specs (<see cref="FieldRules"/>): each rule reads its
/// field from the bound values (<see cref="BoundShape.Values"/>) and is named by the field's JSON name, so a failure's
/// property path (<c>inbound.timeout_1xx_secs</c>, <c>tags[2]</c>) is its JSON pointer. Fields left out are not checked,
/// except a field <see cref="FieldSpec.Required"/> on create. A field's rules stop at its first failure: one entry per field.
/// </summary>
public sealed class ShapeValidator : AbstractValidator<JsonObject>
{
    private static readonly ConcurrentDictionary<(ShapeSpec, bool), ShapeValidator> Cache = new();

    private ShapeValidator(ShapeSpec shape, bool creating)
    {
        foreach (var spec in shape.Fields.Where(f => !f.ReadOnly))
        {
            var name = spec.Name;
            if (creating && spec.Required)
            {
                RuleFor(x => x.ContainsKey(name) ? "present" : null).Configure(r => r.PropertyName = name).Required();
            }

            switch (spec.Type)
            {
                case FieldType.String:
                    RuleFor(x => Text(x, name)).Cascade(CascadeMode.Stop).Configure(r => r.PropertyName = name).Follows(spec);
                    break;
                case FieldType.Integer:
                    RuleFor(x => Number(x, name)).Cascade(CascadeMode.Stop).Configure(r => r.PropertyName = name).Follows(spec);
                    break;
                case FieldType.StringArray:
                    RuleFor(x => (List<string>?)List(x, name)!).Cascade(CascadeMode.Stop).Configure(r => r.PropertyName = name).FollowsList(spec);
                    RuleForEach(x => List(x, name) ?? Empty).Cascade(CascadeMode.Stop).Configure(r => r.PropertyName = name).FollowsItems(spec);
                    break;
                case FieldType.Number:
                    RuleFor(x => Real(x, name)).Configure(r => r.PropertyName = name).Follows(spec);
                    break;
                case FieldType.ObjectArray:
                    var item = For(spec.Shape!, creating: true);
                    RuleFor(x => Objects(x, name)).Configure(r => r.PropertyName = name).FollowsList(spec);
                    RuleForEach(x => Objects(x, name) ?? NoObjects).Configure(r => r.PropertyName = name).SetValidator(item!);
                    break;
                case FieldType.Object:
                    var nested = For(spec.Shape!, creating);
                    RuleFor(x => x[name] as JsonObject).Configure(r => r.PropertyName = name).SetValidator(nested!).When(x => x[name] is JsonObject);
                    break;
            }
        }
    }

    /// <summary>The validator of <paramref name="shape"/> for a create (required fields checked) or an update.</summary>
    public static ShapeValidator For(ShapeSpec shape, bool creating) => Cache.GetOrAdd((shape, creating), key => new ShapeValidator(key.Item1, key.Item2));

    /// <summary>The property path of a failure as a JSON pointer: <c>inbound.codecs[1]</c> → <c>/inbound/codecs/1</c>.</summary>
    public static string ToPointer(string propertyPath) =>
        "/" + propertyPath.Replace("[", ".").Replace("]", string.Empty).Replace('.', '/');

    private static readonly List<string?> Empty = [];

    private static readonly List<JsonObject?> NoObjects = [];

    private static double? Real(JsonObject x, string name) => x[name] is JsonValue v && v.TryGetValue<double>(out var n) ? n : null;

    private static List<JsonObject?>? Objects(JsonObject x, string name) => x[name] is JsonArray items ? items.Select(i => i as JsonObject).ToList() : null;

    private static string? Text(JsonObject x, string name) => x[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static int? Number(JsonObject x, string name) => x[name] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;

    private static List<string?>? List(JsonObject x, string name) =>
        x[name] is JsonArray items ? items.Select(i => i is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).ToList() : null;
}
