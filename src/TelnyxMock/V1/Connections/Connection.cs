
namespace TelnyxMock.V1.Connections;

/// <summary>
/// A V1 connection as stored: one row per connection, with its account and search keys. A new one is made by
/// <see cref="ConnectionMapping.New"/>, which applies the definition's defaults; the writable fields here have none of their own.
/// </summary>
public sealed class Connection
{
    public long Id { get; set; }

    public string Account { get; set; } = string.Empty;

    public string ConnectionName { get; set; } = string.Empty;

    /// <summary>The name folded to lower case, for case-insensitive substring filters (SQLite's lower() only folds ASCII).</summary>
    public string NameKey { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string TechPrefix { get; set; } = string.Empty;

    /// <summary>1 unspecified, 2 IP, 3 credential: follows the authorized IPs and credentials a fixture gives.</summary>
    public int AuthenticationType { get; set; } = V1Values.AuthUnspecified;

    public bool Active { get; set; }

    public int DnisNumberFormat { get; set; }

    public string Timeout1xx { get; set; } = null!;

    public string Timeout2xx { get; set; } = null!;

    public bool ForwardOnly { get; set; }

    public string AniOverrideType { get; set; } = null!;

    public string AniOverride { get; set; } = null!;

    public int RegistrationStatus { get; set; }

    public string? LastRegisteredIp { get; set; }

    public DateTime? RegistrationStatusUpdatedAt { get; set; }

    public bool SipCompactHeadersEnabled { get; set; }

    public string TransportProtocol { get; set; } = null!;

    public bool ThirdPartyControlEnabled { get; set; }

    public bool PrivacyZoneEnabled { get; set; }

    public List<string> Codecs { get; set; } = null!;

    public bool PrackEnabled { get; set; }

    public string? DefaultRoutingMethod { get; set; }

    public int? DefaultPrimaryAuthorizedIpId { get; set; }

    public int? DefaultSecondaryAuthorizedIpId { get; set; }

    public int? DefaultTertiaryAuthorizedIpId { get; set; }

    public string AnchorsiteOverride { get; set; } = null!;

    public string? EncryptedMedia { get; set; }

    public bool CallFailureCheckEnabled { get; set; }

    public bool InstantRingbackEnabled { get; set; }

    public string T38ReinviteSource { get; set; } = null!;

    public string AniNumberFormat { get; set; } = null!;

    public bool IsupHeadersEnabled { get; set; }

    public bool EncodeContactHeaderEnabled { get; set; }

    public bool InboundGenerateRingbackTone { get; set; }

    public bool OutboundGenerateRingbackTone { get; set; }

    public int RtcpReportFrequencySeconds { get; set; }

    public string RtcpPort { get; set; } = null!;

    public string DtmfType { get; set; } = null!;

    public string? OutboundLocalization { get; set; }

    public int? InboundChannelLimit { get; set; }

    public int? OutboundChannelLimit { get; set; }

    public bool OnnetT38PassthroughEnabled { get; set; }

    public string SipRegion { get; set; } = null!;

    public string SipUriCallingPreference { get; set; } = null!;

    public string? SipSubdomain { get; set; }

    public string? SipSubdomainReceiveSettings { get; set; }

    public bool OutboundCallParkingEnabled { get; set; }

    public string WebhookApiVersion { get; set; } = null!;

    public List<AuthorizedIp> AuthorizedIps { get; set; } = [];

    public List<ConnectionFqdn> Fqdns { get; set; } = [];

    public List<ConnectionCredential> Credentials { get; set; } = [];
}

/// <summary>An authorized IP of an IP-authenticated connection (created by fixtures).</summary>
public sealed class AuthorizedIp
{
    public int Id { get; set; }

    public long ConnectionId { get; set; }

    public string IpAddress { get; set; } = string.Empty;

    public int Port { get; set; } = 5060;
}

/// <summary>An FQDN of a connection (created by fixtures).</summary>
public sealed class ConnectionFqdn
{
    public int Id { get; set; }

    public long ConnectionId { get; set; }

    public string Fqdn { get; set; } = string.Empty;

    public int Port { get; set; } = 5060;

    public string DnsRecordType { get; set; } = "a";
}

/// <summary>The SIP credential of a credential-authenticated connection (created by fixtures).</summary>
public sealed class ConnectionCredential
{
    public int Id { get; set; }

    public long ConnectionId { get; set; }

    public string UserName { get; set; } = string.Empty;

    /// <summary>Lower-cased user name, for the case-insensitive <c>filter_auth_user_name</c>.</summary>
    public string UserNameKey { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
