using System.Globalization;
using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Validation;

namespace TelnyxMock.Resources;

/// <summary>The writer's checks of a merged document against other rows and the definition's rules.</summary>
public sealed partial class ResourceWriter
{
    /// <summary>
    /// Every failure of a merged document that other rows decide or the definition's rules find: its rules across
    /// fields, each link's target (the exact id of one of the account's resources of that kind, attached to this one
    /// when the link is scoped; staged fixtures count), and each unique field. One entry per field.
    /// </summary>
    public async Task<List<FieldError>> CheckAsync(Resource resource, JsonObject document, long id, string account, CancellationToken cancellationToken,
        ResourceDefinition? view = null)
    {
        var errors = resource.Definition.Check(document);
        errors.AddRange(view?.Check(document) ?? []);
        foreach (var field in resource.Definition.Links)
        {
            if (field.ValueIn(document) is not { } value)
            {
                field.Show(document, null);
                continue;
            }

            var link = field.Link;
            var target = Formats.ParseId(value);
            if (target is { } exact && Formats.IsExactly(value, exact))
            {
                if (link.Shows is { } shows)
                {
                    if (await link.Document(db, exact, account, cancellationToken) is { } named)
                    {
                        field.Show(document, named[shows.From]);
                        continue;
                    }
                }
                else if (await link.Exists(db, new LinkQuery(exact, account, link.Scope, id), cancellationToken))
                {
                    continue;
                }
            }

            var name = field.Path[^1];
            var shown = RuleExtensions.Clip(value);
            if (link.Scope is null)
            {
                errors.Add(new FieldError(field.Pointer, $"{name} must be the id of {link.Names}, got '{shown}'."));
                continue;
            }

            var attached = await link.InScope(db, id, cancellationToken);
            errors.Add(new FieldError(field.Pointer, attached.Count == 0
                ? $"{name} must be the id of {link.Names}, and it has none{(link.WhenNone is { } hint ? ": " + hint : string.Empty)}, got '{shown}'."
                : $"{name} must be the id of {link.Names} ({string.Join(", ", attached)}), got '{shown}'."));
        }

        foreach (var unique in resource.Definition.Uniques)
        {
            var spec = unique.Unique!;
            if ((string?)document[unique.Name] is { } value
                && await resource.HoldsAsync(db, spec.Column, value, id, spec.AcrossAccounts ? null : account, cancellationToken))
            {
                errors.Add(new FieldError($"/{unique.Name}", string.Format(CultureInfo.InvariantCulture, spec.Message, value)));
            }
        }

        foreach (var limited in resource.Definition.Limited)
        {
            var limit = limited.Limit!;
            if ((string?)document[limited.Name] is { } value
                && await resource.CountAsync(db, limit.Column, value, id, account, cancellationToken) >= limit.Max)
            {
                errors.Add(new FieldError($"/{limited.Name}", string.Format(CultureInfo.InvariantCulture, limit.Message, value, limit.Max)));
            }
        }

        return errors.DistinctBy(e => e.Pointer).ToList();
    }

    /// <summary>The field failures, then the failures of the merged result on fields without one: one entry per field.</summary>
    public static List<FieldError> Combine(IReadOnlyList<FieldError> fields, IReadOnlyList<FieldError> merged) =>
        [.. fields.Concat(merged).DistinctBy(e => e.Pointer)];




    /// <summary>The failure with the field's name in front: "timeout_1xx_secs must …", or for a list item "codecs[1] must …".</summary>
    private static FieldError Named(string pointer, string message)
    {
        var segments = pointer.Split('/');
        var name = segments.Length > 2 && segments[^1].All(char.IsAsciiDigit) ? $"{segments[^2]}[{segments[^1]}]" : segments[^1];
        return new FieldError(pointer, $"{name} {message}");
    }
}
