using System.Text.Json.Serialization;
using TelnyxMock.Common.Json;
using TelnyxMock.Resources;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// The writable fields of a V1 connection, as "Create a connection" and "Update a connection" document them.
/// Every property is optional here; absence means "default" on create and "unchanged" on update.
/// </summary>
[DefinedBy(typeof(ConnectionDefinition), nameof(ConnectionDefinition.Fields))]
public abstract record ConnectionFields
{
    public string? ConnectionName { get; init; }
    public bool? Active { get; init; }

    /// <summary>0 = E.164, 1 = Strip-1, 2 = Strip-2.</summary>
    public int? DnisNumberFormat { get; init; }

    /// <summary>Seconds before aborting if the connection is not made, 1–20 (a string; an integer is accepted).</summary>
    [JsonPropertyName("timeout_1xx"), JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string holding a whole number")]
    public string? Timeout1xx { get; init; }

    /// <summary>Seconds before aborting if the call is unanswered, 1–600 (a string; an integer is accepted).</summary>
    [JsonPropertyName("timeout_2xx"), JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string holding a whole number")]
    public string? Timeout2xx { get; init; }
    public string? AniOverrideType { get; init; }
    public string? AniOverride { get; init; }
    public bool? SipCompactHeadersEnabled { get; init; }
    public string? TransportProtocol { get; init; }
    public bool? ThirdPartyControlEnabled { get; init; }
    public bool? PrivacyZoneEnabled { get; init; }

    public List<string>? Codecs { get; init; }
    public bool? PrackEnabled { get; init; }
    public string? DefaultRoutingMethod { get; init; }
    public int? DefaultPrimaryAuthorizedIpId { get; init; }
    public int? DefaultSecondaryAuthorizedIpId { get; init; }
    public int? DefaultTertiaryAuthorizedIpId { get; init; }
    public string? AnchorsiteOverride { get; init; }

    /// <summary>SRTP, ZRTP or null; cannot be non-null when transport_protocol is TLS.</summary>
    public string? EncryptedMedia { get; init; }
    public bool? InstantRingbackEnabled { get; init; }
    public string? T38ReinviteSource { get; init; }
    public string? AniNumberFormat { get; init; }
    public bool? IsupHeadersEnabled { get; init; }
    public bool? EncodeContactHeaderEnabled { get; init; }
    public bool? InboundGenerateRingbackTone { get; init; }
    public bool? OutboundGenerateRingbackTone { get; init; }

    /// <summary>Deprecated: accepted, and always returned as true.</summary>
    public bool? RtcpReportEnabled { get; init; }
    public int? RtcpReportFrequencySeconds { get; init; }
    public string? RtcpPort { get; init; }
    public string? DtmfType { get; init; }
    public string? OutboundLocalization { get; init; }
    public int? InboundChannelLimit { get; init; }
    public int? OutboundChannelLimit { get; init; }

    /// <summary>true/false; 0 and 1 are accepted too.</summary>
    [JsonConverter(typeof(BooleanOrBitConverter)), Expects("a boolean (or 0 or 1)")]
    public bool? OnnetT38PassthroughEnabled { get; init; }

    /// <summary>null means the default region, US.</summary>
    public string? SipRegion { get; init; }
    public string? SipUriCallingPreference { get; init; }
    public string? SipSubdomain { get; init; }
    public string? SipSubdomainReceiveSettings { get; init; }
    public bool? OutboundCallParkingEnabled { get; init; }
    public string? WebhookApiVersion { get; init; }
}

/// <summary>POST /security/connections: <c>connection_name</c> is required.</summary>
public sealed record CreateConnectionRequest : ConnectionFields;

/// <summary>PUT /security/connections/{id}: a partial update; fields left out stay as they are.</summary>
public sealed record UpdateConnectionRequest : ConnectionFields;
