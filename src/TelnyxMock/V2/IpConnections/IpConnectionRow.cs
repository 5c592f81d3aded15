namespace TelnyxMock.V2.IpConnections;

/// <summary>A stored IP connection (its document follows <see cref="IpConnectionDefinition"/>).</summary>
public sealed class IpConnectionRow : V2ConnectionRow;
