using System.Text.Json.Serialization;
using TelnyxMock.Common.Json;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.IpConnections;

/// <summary><c>inbound</c> of a create or update request; every field optional.</summary>
[DefinedBy(typeof(IpConnectionDefinition), nameof(IpConnectionDefinition.Inbound))]
public sealed record InboundRequest
{
    public string? AniNumberFormat { get; init; }
    public int? ChannelLimit { get; init; }

    /// <summary>In priority order; one string is taken as a one-element list.</summary>
    [JsonConverter(typeof(StringOrStringArrayConverter)), Expects("an array of strings (or one string)")]
    public List<string>? Codecs { get; init; }
    public string? DefaultPrimaryIpId { get; init; }
    public string? DefaultSecondaryIpId { get; init; }
    public string? DefaultTertiaryIpId { get; init; }

    /// <summary>sequential, round-robin, or blank / null for none.</summary>
    public string? DefaultRoutingMethod { get; init; }
    public string? DnisNumberFormat { get; init; }

    public bool? GenerateRingbackTone { get; init; }

    public bool? IsupHeadersEnabled { get; init; }

    public bool? PrackEnabled { get; init; }

    public bool? PrivacyZoneEnabled { get; init; }

    public bool? ShakenStirEnabled { get; init; }
    public bool? SipCompactHeadersEnabled { get; init; }

    /// <summary>null means the default region, US.</summary>
    public string? SipRegion { get; init; }
    public string? SipSubdomain { get; init; }
    public string? SipSubdomainReceiveSettings { get; init; }

    [JsonPropertyName("timeout_1xx_secs")]
    public int? Timeout1xxSecs { get; init; }

    [JsonPropertyName("timeout_2xx_secs")]
    public int? Timeout2xxSecs { get; init; }
}

[DefinedBy(typeof(IpConnectionDefinition), nameof(IpConnectionDefinition.Outbound))]
public sealed record OutboundRequest
{
    public string? AniOverride { get; init; }
    public string? AniOverrideType { get; init; }
    public bool? CallParkingEnabled { get; init; }
    public int? ChannelLimit { get; init; }

    public bool? GenerateRingbackTone { get; init; }
    public bool? InstantRingbackEnabled { get; init; }
    public string? IpAuthenticationMethod { get; init; }
    public string? IpAuthenticationToken { get; init; }

    /// <summary>A two-letter country code, or null.</summary>
    public string? Localization { get; init; }

    /// <summary>An int64, given as a string or a number; returned as a string.</summary>
    [JsonConverter(typeof(IntegerOrStringConverter)), Expects("an integer or a string of digits")]
    public string? OutboundVoiceProfileId { get; init; }
    public string? T38ReinviteSource { get; init; }

    /// <summary>Exactly four digits ("" for none).</summary>
    public string? TechPrefix { get; init; }
}

[DefinedBy(typeof(ConnectionShapes), nameof(ConnectionShapes.RtcpSettings))]
public sealed record RtcpSettingsRequest
{
    public bool? CaptureEnabled { get; init; }
    public string? Port { get; init; }
    public int? ReportFrequencySecs { get; init; }
}

[DefinedBy(typeof(ConnectionShapes), nameof(ConnectionShapes.JitterBuffer))]
public sealed record JitterBufferRequest
{
    public bool? EnableJitterBuffer { get; init; }
    public int? JitterbufferMsecMax { get; init; }
    public int? JitterbufferMsecMin { get; init; }
}

[DefinedBy(typeof(ConnectionShapes), nameof(ConnectionShapes.NoiseSuppressionDetails))]
public sealed record NoiseSuppressionDetailsRequest
{
    /// <summary>0–100 in steps of 10.</summary>
    public int? AttenuationLimit { get; init; }
    public string? Engine { get; init; }
}
