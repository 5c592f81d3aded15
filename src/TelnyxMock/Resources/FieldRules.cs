using FluentValidation;
using TelnyxMock.Common.Validation;

namespace TelnyxMock.Resources;

/// <summary>
/// The rules a <see cref="FieldSpec"/> states (allowed values, range, length, printable text, format), as
/// FluentValidation rules on the request property that carries the field, with the messages of
/// <see cref="RuleExtensions"/>. Rules a spec cannot state are written beside the call.
/// </summary>
public static class FieldRules
{
    public static IRuleBuilder<T, string?> Follows<T>(this IRuleBuilder<T, string?> rule, FieldSpec spec)
    {
        if (spec.Values is { } values)
        {
            if (spec.BlankAllowed)
            {
                rule = rule.Must(v => v is null or "" || values.Contains(v))
                    .WithMessage((_, v) => $"must be one of {string.Join(", ", values.Select(a => $"'{a}'"))} or blank, got '{RuleExtensions.Clip(v)}'.");
            }
            else
            {
                rule = rule.OneOf(values);
            }
        }

        if (spec.NotBlank)
        {
            rule = rule.NotBlank();
        }

        if (spec.MaxLength is { } max)
        {
            rule = rule.MaxChars(max);
        }

        if (spec.MinLength is { } min)
        {
            rule = rule.Must(v => v is null || v.Length >= min).WithMessage((_, v) => $"must be at least {min} characters long, got {v!.Length}.");
        }

        if (spec.Printable)
        {
            rule = rule.Printable();
        }

        if (spec.IntegerString)
        {
            rule = rule.IntegerStringBetween(spec.Minimum ?? 0, spec.Maximum ?? int.MaxValue);
        }

        if (spec.Format is { } format)
        {
            // "" stands for none where the field allows it; otherwise the format's own check and sentence.
            rule = rule.Must(v => v is null || (spec.BlankAllowed && v.Length == 0) || format.Problem(v) is null)
                .WithMessage((_, v) => format.Problem(v!) ?? string.Empty);
        }

        return rule;
    }

    public static IRuleBuilder<T, int?> Follows<T>(this IRuleBuilder<T, int?> rule, FieldSpec spec)
    {
        if (spec.IntegerValues is { } values)
        {
            return rule.OneOf(values);
        }

        if (spec.MultipleOf is { } step)
        {
            int min = spec.Minimum ?? int.MinValue, max = spec.Maximum ?? int.MaxValue;
            return rule.Must(v => v is null || (v >= min && v <= max && v % step == 0))
                .WithMessage((_, v) => $"must be a multiple of {step} between {min} and {max}, got {v}.");
        }

        return (spec.Minimum, spec.Maximum) switch
        {
            ({ } min, { } max) => rule.Between(min, max),
            ({ } min, null) => rule.AtLeast(min),
            _ => rule,
        };
    }

    /// <summary>A number's range, inclusive (a fault rule's probability: 0 to 1).</summary>
    public static IRuleBuilder<T, double?> Follows<T>(this IRuleBuilder<T, double?> rule, FieldSpec spec)
    {
        double low = spec.Minimum ?? double.MinValue, high = spec.Maximum ?? double.MaxValue;
        var range = (spec.Minimum, spec.Maximum) switch
        {
            ({ } min, { } max) => $"between {min} and {max}",
            ({ } min, null) => $"at least {min}",
            (null, { } max) => $"at most {max}",
            _ => null,
        };
        return range is null ? rule : rule.Must(v => v is null || (v >= low && v <= high))
            .WithMessage((_, v) => $"must be {range}, got {v!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
    }

    /// <summary>The rules of an array as a whole: how many items, and whether one may repeat.</summary>
    public static void FollowsList<T, TItem>(this IRuleBuilder<T, List<TItem>?> rule, FieldSpec spec)
    {
        if (spec.MinItems is { } least)
        {
            rule.Must(c => c is null || c.Count >= least).WithMessage(spec.MinItemsMessage ?? $"must hold at least {least} items.");
        }

        if (spec.MaxItems is { } most)
        {
            rule.Must(c => c is null || c.Count <= most).WithMessage(spec.MaxItemsMessage ?? $"must hold at most {most} items.");
        }

        if (spec.UniqueItems)
        {
            rule.Must(c => c is null || c.Distinct().Count() == c.Count).WithMessage(spec.UniqueItemsMessage ?? "must not list an item twice.");
        }
    }

    /// <summary>The item rules of a string array: no null or blank item, and each follows the field's own rules (values, length, printable, format).</summary>
    public static void FollowsItems<T>(this IRuleBuilderInitialCollection<T, string?> item, FieldSpec spec) =>
        item.NotNullItem().NotBlank().Follows(spec);
}
