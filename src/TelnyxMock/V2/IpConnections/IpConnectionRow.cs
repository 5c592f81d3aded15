namespace TelnyxMock.V2.IpConnections;

/// <summary>A stored IP connection (its document follows <see cref="IpConnectionDefinition"/>).</summary>
public sealed class IpConnectionRow : V2ConnectionRow
{
    /// <summary>FQDNs given by fixtures (no V2 endpoint creates them yet); only <c>filter[fqdn]</c> reads them.</summary>
    public List<string> Fqdns { get; set; } = [];
}
