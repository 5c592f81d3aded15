using TelnyxMock.Common.Json;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// The writable fields of an IP connection, as the create page and the reference's request schemas
/// document them. Everything is optional: absence means "default" on create and "unchanged" on update,
/// at every depth.
/// </summary>
[DefinedBy(typeof(IpConnectionDefinition), nameof(IpConnectionDefinition.Fields))]
public abstract record IpConnectionFields
{
    public bool? Active { get; init; }
    public string? AnchorsiteOverride { get; init; }

    /// <summary>The uuid of the push credential for Android, or null.</summary>
    public string? AndroidPushCredentialId { get; init; }
    public bool? CallCostInWebhooks { get; init; }

    /// <summary>May be left out or null: the connection then has no name.</summary>
    public string? ConnectionName { get; init; }
    public bool? DefaultOnHoldComfortNoiseEnabled { get; init; }
    public string? DtmfType { get; init; }
    public bool? EncodeContactHeaderEnabled { get; init; }

    /// <summary>SRTP or null; cannot be set when transport_protocol is TLS.</summary>
    public string? EncryptedMedia { get; init; }

    public InboundRequest? Inbound { get; init; }

    /// <summary>The uuid of the push credential for iOS, or null.</summary>
    public string? IosPushCredentialId { get; init; }

    public JitterBufferRequest? JitterBuffer { get; init; }
    public string? NoiseSuppression { get; init; }

    public NoiseSuppressionDetailsRequest? NoiseSuppressionDetails { get; init; }
    public bool? OnnetT38PassthroughEnabled { get; init; }

    public OutboundRequest? Outbound { get; init; }

    public RtcpSettingsRequest? RtcpSettings { get; init; }

    public List<string>? Tags { get; init; }
    public string? TransportProtocol { get; init; }
    public string? WebhookApiVersion { get; init; }

    /// <summary>An absolute http or https URL, or null.</summary>
    public string? WebhookEventUrl { get; init; }

    /// <summary>An absolute http or https URL, "" or null.</summary>
    public string? WebhookEventFailoverUrl { get; init; }

    /// <summary>1–30, or null.</summary>
    public int? WebhookTimeoutSecs { get; init; }
}

/// <summary>POST /v2/ip_connections.</summary>
public sealed record CreateIpConnectionRequest : IpConnectionFields;

/// <summary>PATCH /v2/ip_connections/{id}: partial at every depth.</summary>
public sealed record UpdateIpConnectionRequest : IpConnectionFields;
