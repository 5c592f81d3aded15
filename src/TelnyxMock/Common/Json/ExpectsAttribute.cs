namespace TelnyxMock.Common.Json;

/// <summary>Overrides how a type error on this property describes the expected JSON value.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ExpectsAttribute(string description) : Attribute
{
    public string Description { get; } = description;
}
