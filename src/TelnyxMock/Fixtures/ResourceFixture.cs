using System.Globalization;
using System.Text.Json.Nodes;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;
using TelnyxMock.Resources;

namespace TelnyxMock.Fixtures;

/// <summary>One fixtures entry of a resource, read: the new resource's document, its id and time, the fixture-only extras, and every error so far.</summary>
public sealed record ResourceFixtureEntry<TExtras>(long Id, DateTime Now, JsonObject Document, TExtras? Extras, List<FieldError> Errors)
    where TExtras : class;

/// <summary>
/// Reads a fixtures entry of a resource the way a create body is read (its definition's binding, field rules and
/// defaults; unknown fields are errors whatever <c>Strict</c> says), with the fixture-only fields bound to a record of
/// their own, whose fixed id (when it gives one) becomes the resource's id.
/// </summary>
public sealed class ResourceFixture(RequestValidation validation, IdGenerator ids, TimeProvider clock)
{
    public async Task<ResourceFixtureEntry<TExtras>> ReadAsync<TExtras>(ResourceDefinition definition, JsonObject entry, IReadOnlyCollection<string> extras, Func<TExtras, string?> fixedId, CancellationToken cancellationToken)
        where TExtras : class
    {
        var (fields, rest) = FixtureEntry.Split(entry, extras);
        var bound = ShapeBinder.Bind(definition.Shape, fields, strict: true);
        var errors = validation.Failures(definition.Shape, bound, creating: true);
        var (extra, extraErrors) = await validation.BindAsync<TExtras>(rest, strict: true, cancellationToken);
        errors.AddRange(extraErrors);
        var given = extraErrors.Count == 0 ? fixedId(extra.Value) : null;
        var id = given is null ? ids.Next() : long.Parse(given, CultureInfo.InvariantCulture);
        var now = clock.UtcNowMilliseconds();
        var document = definition.New(id, now);
        definition.Apply(document, bound.Values);
        return new ResourceFixtureEntry<TExtras>(id, now, document, extraErrors.Count == 0 ? extra.Value : null, errors);
    }

    /// <summary>Adds the merged-result failures of <paramref name="definition"/>'s rules that fall on a field without one already.</summary>
    public static void Check<TExtras>(ResourceDefinition definition, ResourceFixtureEntry<TExtras> entry, RuleContext context)
        where TExtras : class =>
        entry.Errors.AddRange(definition.Check(entry.Document, context).Where(m => entry.Errors.All(e => e.Pointer != m.Pointer)));
}
