using System.ComponentModel;
using System.Text.Json.Serialization;
using TelnyxMock.Common.Json;
using TelnyxMock.Hosting;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// The writable fields of a V1 connection, as "Create a connection" and "Update a connection" document them.
/// Every property is optional here; absence means "default" on create and "unchanged" on update.
/// </summary>
public abstract record ConnectionFields
{
    public string? ConnectionName { get; init; }

    [DefaultValue(true)]
    public bool? Active { get; init; }

    /// <summary>0 = E.164, 1 = Strip-1, 2 = Strip-2.</summary>
    [DefaultValue(1)]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.DnisNumberFormats))]
    public int? DnisNumberFormat { get; init; }

    /// <summary>Seconds before aborting if the connection is not made, 1–20 (a string; an integer is accepted).</summary>
    [JsonPropertyName("timeout_1xx"), JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string holding a whole number"), DefaultValue("3")]
    public string? Timeout1xx { get; init; }

    /// <summary>Seconds before aborting if the call is unanswered, 1–600 (a string; an integer is accepted).</summary>
    [JsonPropertyName("timeout_2xx"), JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string holding a whole number"), DefaultValue("90")]
    public string? Timeout2xx { get; init; }

    [DefaultValue("always")]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.AniOverrideTypes))]
    public string? AniOverrideType { get; init; }

    [DefaultValue("")]
    public string? AniOverride { get; init; }

    [DefaultValue(true)]
    public bool? SipCompactHeadersEnabled { get; init; }

    [DefaultValue("UDP")]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.TransportProtocols))]
    public string? TransportProtocol { get; init; }

    [DefaultValue(false)]
    public bool? ThirdPartyControlEnabled { get; init; }

    [DefaultValue(false)]
    public bool? PrivacyZoneEnabled { get; init; }

    public List<string>? Codecs { get; init; }

    [DefaultValue(false)]
    public bool? PrackEnabled { get; init; }

    [NullAllowed]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.RoutingMethods))]
    public string? DefaultRoutingMethod { get; init; }

    [NullAllowed]
    public int? DefaultPrimaryAuthorizedIpId { get; init; }

    [NullAllowed]
    public int? DefaultSecondaryAuthorizedIpId { get; init; }

    [NullAllowed]
    public int? DefaultTertiaryAuthorizedIpId { get; init; }

    [DefaultValue("Latency")]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.AnchorsiteOverrides))]
    public string? AnchorsiteOverride { get; init; }

    /// <summary>SRTP, ZRTP or null; cannot be non-null when transport_protocol is TLS.</summary>
    [NullAllowed]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.EncryptedMedia))]
    public string? EncryptedMedia { get; init; }

    [DefaultValue(true)]
    public bool? InstantRingbackEnabled { get; init; }

    [DefaultValue("telnyx")]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.T38ReinviteSources))]
    public string? T38ReinviteSource { get; init; }

    [DefaultValue("E.164-national")]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.AniNumberFormats))]
    public string? AniNumberFormat { get; init; }

    [DefaultValue(false)]
    public bool? IsupHeadersEnabled { get; init; }

    [DefaultValue(false)]
    public bool? EncodeContactHeaderEnabled { get; init; }

    [DefaultValue(false)]
    public bool? InboundGenerateRingbackTone { get; init; }

    [DefaultValue(false)]
    public bool? OutboundGenerateRingbackTone { get; init; }

    /// <summary>Deprecated: accepted, and always returned as true.</summary>
    [DefaultValue(true)]
    public bool? RtcpReportEnabled { get; init; }

    [DefaultValue(10)]
    public int? RtcpReportFrequencySeconds { get; init; }

    [DefaultValue("rtp+1")]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.RtcpPorts))]
    public string? RtcpPort { get; init; }

    [DefaultValue("RFC 2833")]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.DtmfTypes))]
    public string? DtmfType { get; init; }

    [NullAllowed]
    public string? OutboundLocalization { get; init; }

    [NullAllowed]
    public int? InboundChannelLimit { get; init; }

    [NullAllowed]
    public int? OutboundChannelLimit { get; init; }

    /// <summary>true/false; 0 and 1 are accepted too.</summary>
    [JsonConverter(typeof(BooleanOrBitConverter)), Expects("a boolean (or 0 or 1)"), DefaultValue(false)]
    public bool? OnnetT38PassthroughEnabled { get; init; }

    /// <summary>null means the default region, US.</summary>
    [NullAllowed, DefaultValue("US")]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.SipRegions))]
    public string? SipRegion { get; init; }

    [DefaultValue("disabled")]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.SipUriCallingPreferences))]
    public string? SipUriCallingPreference { get; init; }

    [NullAllowed]
    public string? SipSubdomain { get; init; }

    [NullAllowed]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.SipSubdomainReceiveSettings))]
    public string? SipSubdomainReceiveSettings { get; init; }

    [DefaultValue(false)]
    public bool? OutboundCallParkingEnabled { get; init; }

    [DefaultValue("1")]
    [AllowedFrom(typeof(V1Values), nameof(V1Values.WebhookApiVersions))]
    public string? WebhookApiVersion { get; init; }
}

/// <summary>POST /security/connections: <c>connection_name</c> is required.</summary>
public sealed record CreateConnectionRequest : ConnectionFields;

/// <summary>PUT /security/connections/{id}: a partial update; fields left out stay as they are.</summary>
public sealed record UpdateConnectionRequest : ConnectionFields;
