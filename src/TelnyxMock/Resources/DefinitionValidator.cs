using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using FluentValidation;
using TelnyxMock.Common.Json;

namespace TelnyxMock.Resources;

/// <summary>
/// The FluentValidation rules of a record marked <see cref="DefinedByAttribute"/>, generated from its definition: each
/// property follows the <see cref="FieldSpec"/> of the same JSON name (<see cref="FieldRules"/>), list properties their
/// item rules, and object properties the rules of their own definition. A subclass adds only what no single field
/// states: rules across fields, and rules of one operation (a field required on create).
/// </summary>
public class DefinitionValidator<T> : AbstractValidator<T>
    where T : class
{
    public DefinitionValidator()
    {
        var shape = DefinedByAttribute.Of(typeof(T))?.Shape
            ?? throw new InvalidOperationException($"{typeof(T).Name} names no definition ([DefinedBy]).");
        foreach (var property in SnapshotJson.Options.GetTypeInfo(typeof(T)).Properties)
        {
            if (property.AttributeProvider is not PropertyInfo member || shape.Fields.FirstOrDefault(f => f.Name == property.Name) is not { } spec)
            {
                continue;
            }

            var type = member.PropertyType;
            if (type == typeof(string))
            {
                RuleFor(Lambda<string?>(member)).Follows(spec);
            }
            else if (type == typeof(int?))
            {
                RuleFor(Lambda<int?>(member)).Follows(spec);
            }
            else if (type == typeof(List<string>))
            {
                var list = Lambda<List<string>?>(member);
                RuleFor(list).FollowsList(spec);
                RuleForEach(Lambda<IEnumerable<string?>>(member)).FollowsItems(spec);
            }
            else if (spec.Type == FieldType.Object && type.IsClass)
            {
                typeof(DefinitionValidator<T>).GetMethod(nameof(Nested), BindingFlags.NonPublic | BindingFlags.Instance)!
                    .MakeGenericMethod(type).Invoke(this, [member]);
            }
        }
    }

    private void Nested<TNested>(PropertyInfo member)
        where TNested : class
    {
        var getter = Lambda<TNested?>(member);
        var read = getter.Compile();
        RuleFor(getter).SetValidator(new DefinitionValidator<TNested>()!).When(x => read(x) is not null);
    }

    private static Expression<Func<T, TValue>> Lambda<TValue>(PropertyInfo member)
    {
        var x = Expression.Parameter(typeof(T), "x");
        Expression body = Expression.Property(x, member);
        if (body.Type != typeof(TValue))
        {
            body = Expression.Convert(body, typeof(TValue));
        }

        return Expression.Lambda<Func<T, TValue>>(body, x);
    }
}
