using System.Text.Json;
using TelnyxMock.Common.Json;
using TelnyxMock.Data;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// A V2 IP connection as stored: what lists filter and sort on are columns of their own,
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

    public bool Active { get; set; } = true;

    /// <summary><c>outbound.outbound_voice_profile_id</c>, kept as a column because lists filter on it.</summary>
    public long? OutboundVoiceProfileId { get; set; }

    /// <summary>FQDNs given by fixtures (no V2 endpoint creates them); only <c>filter[fqdn]</c> reads them.</summary>
    public List<string> Fqdns { get; set; } = [];

    public string AnchorsiteOverride { get; set; } = "Latency";

    public string? AndroidPushCredentialId { get; set; }

    public string? IosPushCredentialId { get; set; }

    public bool CallCostInWebhooks { get; set; }

    public bool DefaultOnHoldComfortNoiseEnabled { get; set; } = true;

    public string DtmfType { get; set; } = "RFC 2833";

    public bool EncodeContactHeaderEnabled { get; set; }

    public string? EncryptedMedia { get; set; }

    public string NoiseSuppression { get; set; } = "disabled";

    public bool OnnetT38PassthroughEnabled { get; set; }

    public List<string> Tags { get; set; } = [];

    public string TransportProtocol { get; set; } = "UDP";

    public string WebhookApiVersion { get; set; } = "1";

    public string? WebhookEventUrl { get; set; }

    public string? WebhookEventFailoverUrl { get; set; } = string.Empty;

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
    public string AniNumberFormat { get; set; } = "E.164-national";

    public int? ChannelLimit { get; set; }

    public List<string> Codecs { get; set; } = [.. ConnectionValues.DefaultCodecs];

    public string? DefaultPrimaryIpId { get; set; }

    public string? DefaultSecondaryIpId { get; set; }

    public string? DefaultTertiaryIpId { get; set; }

    public string? DefaultRoutingMethod { get; set; }

    public string DnisNumberFormat { get; set; } = "e164";

    public bool GenerateRingbackTone { get; set; }

    public bool IsupHeadersEnabled { get; set; }

    public bool PrackEnabled { get; set; }

    public bool PrivacyZoneEnabled { get; set; }

    public bool ShakenStirEnabled { get; set; }

    public bool SipCompactHeadersEnabled { get; set; } = true;

    public string SipRegion { get; set; } = "US";

    public string? SipSubdomain { get; set; }

    public string? SipSubdomainReceiveSettings { get; set; }

    public int Timeout1xxSecs { get; set; } = 3;

    public int Timeout2xxSecs { get; set; } = 90;
}

/// <summary>The outbound settings but the voice profile id, which is a column of <see cref="IpConnection"/>.</summary>
public sealed class IpOutbound
{
    public string AniOverride { get; set; } = string.Empty;

    public string AniOverrideType { get; set; } = "always";

    public bool? CallParkingEnabled { get; set; } = false;

    public int? ChannelLimit { get; set; }

    public bool GenerateRingbackTone { get; set; }

    public bool InstantRingbackEnabled { get; set; } = true;

    public string IpAuthenticationMethod { get; set; } = "tech-prefixp-charge-info";

    public string? IpAuthenticationToken { get; set; }

    public string? Localization { get; set; }

    public string T38ReinviteSource { get; set; } = "customer";

    public string TechPrefix { get; set; } = string.Empty;
}

public sealed class IpRtcpSettings
{
    public bool CaptureEnabled { get; set; }

    public string Port { get; set; } = "rtp+1";

    public int ReportFrequencySecs { get; set; } = 5;
}

public sealed class IpJitterBuffer
{
    public bool EnableJitterBuffer { get; set; }

    public int JitterbufferMsecMax { get; set; } = 200;

    public int JitterbufferMsecMin { get; set; } = 60;
}

public sealed class IpNoiseSuppressionDetails
{
    /// <summary>No documented default; 100 (dB) is the engines' own "no limit".</summary>
    public int AttenuationLimit { get; set; } = 100;

    public string Engine { get; set; } = "denoiser";
}
