using System.Diagnostics.CodeAnalysis;
using TelnyxMock.Resources;
namespace TelnyxMock.V2;

/// <summary>
/// The registration of a V2 connection type: what the three types share is set here once (the typed list with the
/// family's filters, sorts and pages, and ids unique across the types, which fixtures check); the type's own file
/// gives its definition, names, examples and children.
/// </summary>
public sealed class V2ConnectionResource<TRow> : V2Resource<TRow>
    where TRow : V2ConnectionRow, new()
{
    [SetsRequiredMembers]
    public V2ConnectionResource(ResourceDefinition definition, V2Names names)
        : base(definition, names)
    {
        List = V2ConnectionListOptions.For<TRow>();
        IdOfAnotherType = SharesIdsWith<V2ConnectionRow>();
    }
}
