using System.ComponentModel;
using System.Text.Json.Serialization;
using TelnyxMock.Common.Json;

namespace TelnyxMock.V2.IpConnections;

/// <summary><c>inbound</c> of a create or update request; every field optional.</summary>
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
