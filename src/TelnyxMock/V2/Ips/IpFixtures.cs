using TelnyxMock.Fixtures;
using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.V2.Ips;

/// <summary>The <c>ips</c> section of a fixtures document (list <c>ip_connections</c> before <c>ips</c>).</summary>
public sealed class IpFixtureSection(ResourceFixture fixture)
    : AttachedFixtureSection<IpRow, IpConnectionRow>(fixture, IpDefinition.Definition, IpDefinition.IpConnections)
{
    public override string Name => "ips";
}
