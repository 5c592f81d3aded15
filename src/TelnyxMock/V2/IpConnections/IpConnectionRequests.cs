using System.ComponentModel;
using System.Text.Json.Serialization;
using TelnyxMock.Common.Json;

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// The writable fields of an IP connection, as the create page and the reference's request schemas
/// document them. Everything is optional: absence means "default" on create and "unchanged" on update,
/// at every depth.
/// </summary>
public abstract record IpConnectionFields
{
    [DefaultValue(true)]
    public bool? Active { get; init; }

    [DefaultValue("Latency")]
    public string? AnchorsiteOverride { get; init; }

    /// <summary>The uuid of the push credential for Android, or null.</summary>
    [NullAllowed]
    public string? AndroidPushCredentialId { get; init; }

    [DefaultValue(false)]
    public bool? CallCostInWebhooks { get; init; }

    /// <summary>May be left out or null: the connection then has no name.</summary>
    [NullAllowed]
    public string? ConnectionName { get; init; }

    [DefaultValue(true)]
    public bool? DefaultOnHoldComfortNoiseEnabled { get; init; }

    [DefaultValue("RFC 2833")]
    public string? DtmfType { get; init; }

    [DefaultValue(false)]
    public bool? EncodeContactHeaderEnabled { get; init; }

    /// <summary>SRTP or null; cannot be set when transport_protocol is TLS.</summary>
    [NullAllowed]
    public string? EncryptedMedia { get; init; }

    public InboundRequest? Inbound { get; init; }

    /// <summary>The uuid of the push credential for iOS, or null.</summary>
    [NullAllowed]
    public string? IosPushCredentialId { get; init; }

    public JitterBufferRequest? JitterBuffer { get; init; }

    [DefaultValue("disabled")]
    public string? NoiseSuppression { get; init; }

    public NoiseSuppressionDetailsRequest? NoiseSuppressionDetails { get; init; }

    [DefaultValue(false)]
    public bool? OnnetT38PassthroughEnabled { get; init; }

    public OutboundRequest? Outbound { get; init; }

    public RtcpSettingsRequest? RtcpSettings { get; init; }

    public List<string>? Tags { get; init; }

    [DefaultValue("UDP")]
    public string? TransportProtocol { get; init; }

    [DefaultValue("1")]
    public string? WebhookApiVersion { get; init; }

    /// <summary>An absolute http or https URL, or null.</summary>
    [NullAllowed]
    public string? WebhookEventUrl { get; init; }

    /// <summary>An absolute http or https URL, "" or null.</summary>
    [NullAllowed, DefaultValue("")]
    public string? WebhookEventFailoverUrl { get; init; }

    /// <summary>1–30, or null.</summary>
    [NullAllowed]
    public int? WebhookTimeoutSecs { get; init; }
}

public sealed record InboundRequest
{
    [DefaultValue("E.164-national")]
    public string? AniNumberFormat { get; init; }

    [NullAllowed]
    public int? ChannelLimit { get; init; }

    /// <summary>In priority order; one string is taken as a one-element list.</summary>
    [JsonConverter(typeof(StringOrStringArrayConverter)), Expects("an array of strings (or one string)")]
    public List<string>? Codecs { get; init; }

    [NullAllowed]
    public string? DefaultPrimaryIpId { get; init; }

    [NullAllowed]
    public string? DefaultSecondaryIpId { get; init; }

    [NullAllowed]
    public string? DefaultTertiaryIpId { get; init; }

    /// <summary>sequential, round-robin, or blank / null for none.</summary>
    [NullAllowed]
    public string? DefaultRoutingMethod { get; init; }

    [DefaultValue("e164")]
    public string? DnisNumberFormat { get; init; }

    public bool? GenerateRingbackTone { get; init; }

    public bool? IsupHeadersEnabled { get; init; }

    public bool? PrackEnabled { get; init; }

    public bool? PrivacyZoneEnabled { get; init; }

    public bool? ShakenStirEnabled { get; init; }

    [DefaultValue(true)]
    public bool? SipCompactHeadersEnabled { get; init; }

    /// <summary>null means the default region, US.</summary>
    [NullAllowed, DefaultValue("US")]
    public string? SipRegion { get; init; }

    [NullAllowed]
    public string? SipSubdomain { get; init; }

    [NullAllowed]
    public string? SipSubdomainReceiveSettings { get; init; }

    [JsonPropertyName("timeout_1xx_secs"), DefaultValue(3)]
    public int? Timeout1xxSecs { get; init; }

    [JsonPropertyName("timeout_2xx_secs"), DefaultValue(90)]
    public int? Timeout2xxSecs { get; init; }
}

public sealed record OutboundRequest
{
    [DefaultValue("")]
    public string? AniOverride { get; init; }

    [DefaultValue("always")]
    public string? AniOverrideType { get; init; }

    [NullAllowed, DefaultValue(false)]
    public bool? CallParkingEnabled { get; init; }

    [NullAllowed]
    public int? ChannelLimit { get; init; }

    public bool? GenerateRingbackTone { get; init; }

    [DefaultValue(true)]
    public bool? InstantRingbackEnabled { get; init; }

    [DefaultValue("tech-prefixp-charge-info")]
    public string? IpAuthenticationMethod { get; init; }

    [NullAllowed]
    public string? IpAuthenticationToken { get; init; }

    /// <summary>A two-letter country code, or null.</summary>
    [NullAllowed]
    public string? Localization { get; init; }

    /// <summary>An int64, given as a string or a number; returned as a string.</summary>
    [NullAllowed, JsonConverter(typeof(IntegerOrStringConverter)), Expects("an integer or a string of digits")]
    public string? OutboundVoiceProfileId { get; init; }

    [DefaultValue("customer")]
    public string? T38ReinviteSource { get; init; }

    /// <summary>Exactly four digits ("" for none).</summary>
    [DefaultValue("")]
    public string? TechPrefix { get; init; }
}

public sealed record RtcpSettingsRequest
{
    public bool? CaptureEnabled { get; init; }

    [DefaultValue("rtp+1")]
    public string? Port { get; init; }

    [DefaultValue(5)]
    public int? ReportFrequencySecs { get; init; }
}

public sealed record JitterBufferRequest
{
    public bool? EnableJitterBuffer { get; init; }

    [DefaultValue(200)]
    public int? JitterbufferMsecMax { get; init; }

    [DefaultValue(60)]
    public int? JitterbufferMsecMin { get; init; }
}

public sealed record NoiseSuppressionDetailsRequest
{
    /// <summary>0–100 in steps of 10.</summary>
    public int? AttenuationLimit { get; init; }

    [DefaultValue("denoiser")]
    public string? Engine { get; init; }
}

/// <summary>POST /v2/ip_connections.</summary>
public sealed record CreateIpConnectionRequest : IpConnectionFields;

/// <summary>PATCH /v2/ip_connections/{id}: partial at every depth.</summary>
public sealed record UpdateIpConnectionRequest : IpConnectionFields;
