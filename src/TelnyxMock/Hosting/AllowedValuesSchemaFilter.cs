using System.Collections;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TelnyxMock.Hosting;

/// <summary>
/// Names the constant list a property's values come from (<c>[AllowedFrom(typeof(V1Values), nameof(V1Values.SipRegions))]</c>),
/// so the OpenAPI document shows the same enum the validators enforce, from one list.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class AllowedFromAttribute(Type holder, string fieldName) : Attribute
{
    public IEnumerable<object?> Values =>
        ((IEnumerable?)holder.GetField(fieldName, BindingFlags.Public | BindingFlags.Static)?.GetValue(null))?.Cast<object?>()
        ?? throw new InvalidOperationException($"{holder.Name}.{fieldName} is not a public static list.");
}

/// <summary>Writes <see cref="AllowedFromAttribute"/> lists into the schema as <c>enum</c>.</summary>
public sealed class AllowedValuesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        var allowed = context.MemberInfo?.GetCustomAttribute<AllowedFromAttribute>() ?? context.ParameterInfo?.GetCustomAttribute<AllowedFromAttribute>();
        if (allowed is null || schema is not OpenApiSchema concrete)
        {
            return;
        }

        var target = concrete.Items as OpenApiSchema ?? concrete;
        if (concrete.Type?.HasFlag(JsonSchemaType.Array) == true && target == concrete)
        {
            return;
        }

        target.Enum = allowed.Values.Select(v => v switch
        {
            int number => (JsonNode)JsonValue.Create(number),
            _ => JsonValue.Create(v?.ToString()),
        }).ToList()!;
    }
}
