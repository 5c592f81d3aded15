using TelnyxMock.Fixtures;
using TelnyxMock.V2.FqdnConnections;

namespace TelnyxMock.V2.Fqdns;

/// <summary>The <c>fqdns</c> section of a fixtures document (list <c>fqdn_connections</c> before <c>fqdns</c>).</summary>
public sealed class FqdnFixtureSection(ResourceFixture fixture)
    : AttachedFixtureSection<FqdnRow, FqdnConnectionRow>(fixture, FqdnDefinition.Definition, FqdnDefinition.FqdnConnections)
{
    public override string Name => "fqdns";
}
