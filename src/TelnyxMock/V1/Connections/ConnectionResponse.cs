using System.Text.Json.Serialization;
using TelnyxMock.Resources;

namespace TelnyxMock.V1.Connections;

/// <summary>A V1 connection on the wire, with the fields and order of the V1 page's response schema.</summary>
[DefinedBy(typeof(ConnectionDefinition), nameof(ConnectionDefinition.Fields), Response = true)]
public sealed record ConnectionResponse
{
    public required string Id { get; init; }

    public required string ConnectionName { get; init; }

    public required string TechPrefix { get; init; }

    /// <summary>Unspecified = 1, IP Auth = 2, Credential Auth = 3.</summary>
    public required int AuthenticationType { get; init; }

    public required bool Active { get; init; }

    public required int DnisNumberFormat { get; init; }

    [JsonPropertyName("timeout_1xx")]
    public required string Timeout1xx { get; init; }

    [JsonPropertyName("timeout_2xx")]
    public required string Timeout2xx { get; init; }

    public required bool ForwardOnly { get; init; }

    public required string AniOverrideType { get; init; }

    public required string AniOverride { get; init; }

    public required int RegistrationStatus { get; init; }

    public required string? LastRegisteredIp { get; init; }

    public required string? RegistrationStatusUpdatedAt { get; init; }

    public required bool SipCompactHeadersEnabled { get; init; }

    public required string TransportProtocol { get; init; }

    public required bool ThirdPartyControlEnabled { get; init; }

    public required bool PrivacyZoneEnabled { get; init; }

    public required IReadOnlyList<string> Codecs { get; init; }

    public required bool PrackEnabled { get; init; }

    public required string? DefaultRoutingMethod { get; init; }

    public required int? DefaultPrimaryAuthorizedIpId { get; init; }

    public required int? DefaultSecondaryAuthorizedIpId { get; init; }

    public required int? DefaultTertiaryAuthorizedIpId { get; init; }

    public required string AnchorsiteOverride { get; init; }

    public required string? EncryptedMedia { get; init; }

    public required bool CallFailureCheckEnabled { get; init; }

    public required bool InstantRingbackEnabled { get; init; }

    public required string T38ReinviteSource { get; init; }

    public required string AniNumberFormat { get; init; }

    public required bool IsupHeadersEnabled { get; init; }

    public required bool EncodeContactHeaderEnabled { get; init; }

    public required bool InboundGenerateRingbackTone { get; init; }

    public required bool OutboundGenerateRingbackTone { get; init; }

    /// <summary>Deprecated by Telnyx; always true.</summary>
    public required bool RtcpReportEnabled { get; init; }

    public required int RtcpReportFrequencySeconds { get; init; }

    public required string RtcpPort { get; init; }

    public required string DtmfType { get; init; }

    public required string? OutboundLocalization { get; init; }

    public required int? InboundChannelLimit { get; init; }

    public required int? OutboundChannelLimit { get; init; }

    public required bool OnnetT38PassthroughEnabled { get; init; }

    public required string SipRegion { get; init; }

    public required string SipUriCallingPreference { get; init; }

    public required string? SipSubdomain { get; init; }

    public required string? SipSubdomainReceiveSettings { get; init; }

    public required bool OutboundCallParkingEnabled { get; init; }

    public required string WebhookApiVersion { get; init; }

    /// <summary>Only with <c>with_ips=true</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AuthorizedIpResponse>? AuthorizedIps { get; init; }

    /// <summary>Only with <c>with_fqdns=true</c>, for connections that have FQDNs.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FqdnResponse>? Fqdns { get; init; }

    /// <summary>Only with <c>with_auth=true</c>, for credential-authenticated connections.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CredentialResponse>? Credentials { get; init; }
}

public sealed record AuthorizedIpResponse(int Id, string IpAddress, int Port);

public sealed record FqdnResponse(int Id, string Fqdn, int Port, string DnsRecordType);

public sealed record CredentialResponse(string UserName);

/// <summary>An item of <c>mode=typeahead</c>: only the id and the name.</summary>
public sealed record ConnectionTypeaheadResponse(string Id, string ConnectionName);

/// <summary>The body of a successful delete.</summary>
public sealed record DeleteConnectionResponse(bool Success, string Message);
