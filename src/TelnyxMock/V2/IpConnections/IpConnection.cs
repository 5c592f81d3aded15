using System.Text.Json;
using TelnyxMock.Common.Json;
using TelnyxMock.Data;

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// A V2 IP connection as stored (a new one is made by <see cref="IpConnectionMapping.New"/>, which applies the
/// definition's defaults: the properties here have none of their own): what lists filter and sort on are columns of their own,
/// the nested objects are JSON columns, and <see cref="Snapshot"/> holds the whole API object as retrieve and list send it.
/// </summary>
public sealed class IpConnection : ISnapshotted
{
    public long Id { get; set; }

    public string Account { get; set; } = string.Empty;

    public string? ConnectionName { get; set; }

    /// <summary>The name folded to lower case ("" for none): SQLite's lower() only folds ASCII.</summary>
    public string NameKey { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public bool Active { get; set; }

    /// <summary><c>outbound.outbound_voice_profile_id</c>, kept as a column because lists filter on it.</summary>
    public long? OutboundVoiceProfileId { get; set; }

    /// <summary>FQDNs given by fixtures (no V2 endpoint creates them); only <c>filter[fqdn]</c> reads them.</summary>
    public List<string> Fqdns { get; set; } = [];

    public string AnchorsiteOverride { get; set; } = null!;

    public string? AndroidPushCredentialId { get; set; }

    public string? IosPushCredentialId { get; set; }

    public bool CallCostInWebhooks { get; set; }

    public bool DefaultOnHoldComfortNoiseEnabled { get; set; }

    public string DtmfType { get; set; } = null!;

    public bool EncodeContactHeaderEnabled { get; set; }

    public string? EncryptedMedia { get; set; }

    public string NoiseSuppression { get; set; } = null!;

    public bool OnnetT38PassthroughEnabled { get; set; }

    public List<string> Tags { get; set; } = [];

    public string TransportProtocol { get; set; } = null!;

    public string WebhookApiVersion { get; set; } = null!;

    public string? WebhookEventUrl { get; set; }

    public string? WebhookEventFailoverUrl { get; set; }

    public int? WebhookTimeoutSecs { get; set; }

    public IpInbound Inbound { get; set; } = new();

    public IpOutbound Outbound { get; set; } = new();

    public IpRtcpSettings RtcpSettings { get; set; } = new();

    public IpJitterBuffer JitterBuffer { get; set; } = new();

    public IpNoiseSuppressionDetails NoiseSuppressionDetails { get; set; } = new();

    /// <summary>The <see cref="IpConnectionResponse"/> of the last save, serialised as the API writes it.</summary>
    public string Snapshot { get; set; } = string.Empty;

    public void TakeSnapshot() => Snapshot = JsonSerializer.Serialize(this.ToResponse(), SnapshotJson.Options);

}

public sealed class IpInbound
{
    public string AniNumberFormat { get; set; } = null!;

    public int? ChannelLimit { get; set; }

    public List<string> Codecs { get; set; } = null!;

    public string? DefaultPrimaryIpId { get; set; }

    public string? DefaultSecondaryIpId { get; set; }

    public string? DefaultTertiaryIpId { get; set; }

    public string? DefaultRoutingMethod { get; set; }

    public string DnisNumberFormat { get; set; } = null!;

    public bool GenerateRingbackTone { get; set; }

    public bool IsupHeadersEnabled { get; set; }

    public bool PrackEnabled { get; set; }

    public bool PrivacyZoneEnabled { get; set; }

    public bool ShakenStirEnabled { get; set; }

    public bool SipCompactHeadersEnabled { get; set; }

    public string SipRegion { get; set; } = null!;

    public string? SipSubdomain { get; set; }

    public string? SipSubdomainReceiveSettings { get; set; }

    public int Timeout1xxSecs { get; set; }

    public int Timeout2xxSecs { get; set; }
}

/// <summary>The outbound settings but the voice profile id, which is a column of <see cref="IpConnection"/>.</summary>
public sealed class IpOutbound
{
    public string AniOverride { get; set; } = null!;

    public string AniOverrideType { get; set; } = null!;

    public bool? CallParkingEnabled { get; set; }

    public int? ChannelLimit { get; set; }

    public bool GenerateRingbackTone { get; set; }

    public bool InstantRingbackEnabled { get; set; }

    public string IpAuthenticationMethod { get; set; } = null!;

    public string? IpAuthenticationToken { get; set; }

    public string? Localization { get; set; }

    public string T38ReinviteSource { get; set; } = null!;

    public string TechPrefix { get; set; } = null!;
}

public sealed class IpRtcpSettings
{
    public bool CaptureEnabled { get; set; }

    public string Port { get; set; } = null!;

    public int ReportFrequencySecs { get; set; }
}

public sealed class IpJitterBuffer
{
    public bool EnableJitterBuffer { get; set; }

    public int JitterbufferMsecMax { get; set; }

    public int JitterbufferMsecMin { get; set; }
}

public sealed class IpNoiseSuppressionDetails
{
    /// <summary>No documented default; 100 (dB) is the engines' own "no limit".</summary>
    public int AttenuationLimit { get; set; }

    public string Engine { get; set; } = null!;
}
