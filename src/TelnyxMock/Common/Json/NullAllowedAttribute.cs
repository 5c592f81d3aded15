namespace TelnyxMock.Common.Json;

/// <summary>
/// Marks a request property whose JSON value may be <c>null</c> (Telnyx's "nullable" fields).
/// Every other property answers a JSON null with a type error naming it, so that absent
/// and null never mean different things silently.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NullAllowedAttribute : Attribute;

/// <summary>Overrides how a type error on this property describes the expected JSON value.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ExpectsAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}
