using System.Globalization;
using System.Text.Json.Serialization;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.IpConnections;

/// <summary>An IP connection on the wire: the reference's <c>IpConnection</c> schema.</summary>
[DefinedBy(typeof(IpConnectionDefinition), nameof(IpConnectionDefinition.Fields), Response = true)]
public sealed record IpConnectionResponse
{
    public required string Id { get; init; }

    public string RecordType { get; init; } = V2Values.RecordType;

    public required bool Active { get; init; }

    public required string AnchorsiteOverride { get; init; }

    public required string? AndroidPushCredentialId { get; init; }

    public required bool CallCostInWebhooks { get; init; }

    public required string? ConnectionName { get; init; }

    public required DateTime CreatedAt { get; init; }

    public required bool DefaultOnHoldComfortNoiseEnabled { get; init; }

    public required string DtmfType { get; init; }

    public required bool EncodeContactHeaderEnabled { get; init; }

    public required string? EncryptedMedia { get; init; }

    public required InboundResponse Inbound { get; init; }

    public required string? IosPushCredentialId { get; init; }

    public required JitterBufferResponse JitterBuffer { get; init; }

    public required string NoiseSuppression { get; init; }

    public required NoiseSuppressionDetailsResponse NoiseSuppressionDetails { get; init; }

    public required bool OnnetT38PassthroughEnabled { get; init; }

    public required OutboundResponse Outbound { get; init; }

    public required RtcpSettingsResponse RtcpSettings { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required string TransportProtocol { get; init; }

    public required DateTime UpdatedAt { get; init; }

    public required string WebhookApiVersion { get; init; }

    public required string? WebhookEventFailoverUrl { get; init; }

    public required string? WebhookEventUrl { get; init; }

    public required int? WebhookTimeoutSecs { get; init; }
}

[DefinedBy(typeof(IpConnectionDefinition), nameof(IpConnectionDefinition.Inbound), Response = true)]
public sealed record InboundResponse(
    string AniNumberFormat,
    int? ChannelLimit,
    IReadOnlyList<string> Codecs,
    string? DefaultPrimaryIpId,
    string? DefaultRoutingMethod,
    string? DefaultSecondaryIpId,
    string? DefaultTertiaryIpId,
    string DnisNumberFormat,
    bool GenerateRingbackTone,
    bool IsupHeadersEnabled,
    bool PrackEnabled,
    bool PrivacyZoneEnabled,
    bool ShakenStirEnabled,
    bool SipCompactHeadersEnabled,
    string SipRegion,
    string? SipSubdomain,
    string? SipSubdomainReceiveSettings,
    [property: JsonPropertyName("timeout_1xx_secs")] int Timeout1xxSecs,
    [property: JsonPropertyName("timeout_2xx_secs")] int Timeout2xxSecs);

[DefinedBy(typeof(IpConnectionDefinition), nameof(IpConnectionDefinition.Outbound), Response = true)]
public sealed record OutboundResponse(
    string AniOverride,
    string AniOverrideType,
    bool? CallParkingEnabled,
    int? ChannelLimit,
    bool GenerateRingbackTone,
    bool InstantRingbackEnabled,
    string IpAuthenticationMethod,
    string? IpAuthenticationToken,
    string? Localization,
    string? OutboundVoiceProfileId,
    string T38ReinviteSource,
    string TechPrefix);

[DefinedBy(typeof(ConnectionShapes), nameof(ConnectionShapes.RtcpSettings), Response = true)]
public sealed record RtcpSettingsResponse(bool CaptureEnabled, string Port, int ReportFrequencySecs);

[DefinedBy(typeof(ConnectionShapes), nameof(ConnectionShapes.JitterBuffer), Response = true)]
public sealed record JitterBufferResponse(bool EnableJitterBuffer, int JitterbufferMsecMax, int JitterbufferMsecMin);

[DefinedBy(typeof(ConnectionShapes), nameof(ConnectionShapes.NoiseSuppressionDetails), Response = true)]
public sealed record NoiseSuppressionDetailsResponse(int AttenuationLimit, string Engine);

/// <summary>A single connection: <c>{"data": …}</c>.</summary>
public sealed record IpConnectionEnvelope(IpConnectionResponse Data);

/// <summary>A page of connections: <c>{"data": […], "meta": …}</c>.</summary>
public sealed record IpConnectionListEnvelope(IReadOnlyList<IpConnectionResponse> Data, PaginationMeta Meta);

public sealed record PaginationMeta(int PageNumber, int PageSize, int TotalPages, int TotalResults);

public static class IpConnectionResponses
{
    public static IpConnectionResponse ToResponse(this IpConnection c)
    {
        var i = c.Inbound;
        var o = c.Outbound;
        return new IpConnectionResponse
        {
            Id = c.Id.ToString(CultureInfo.InvariantCulture),
            Active = c.Active,
            AnchorsiteOverride = c.AnchorsiteOverride,
            AndroidPushCredentialId = c.AndroidPushCredentialId,
            CallCostInWebhooks = c.CallCostInWebhooks,
            ConnectionName = c.ConnectionName,
            CreatedAt = c.CreatedAt,
            DefaultOnHoldComfortNoiseEnabled = c.DefaultOnHoldComfortNoiseEnabled,
            DtmfType = c.DtmfType,
            EncodeContactHeaderEnabled = c.EncodeContactHeaderEnabled,
            EncryptedMedia = c.EncryptedMedia,
            Inbound = new InboundResponse(i.AniNumberFormat, i.ChannelLimit, i.Codecs, i.DefaultPrimaryIpId, i.DefaultRoutingMethod,
                i.DefaultSecondaryIpId, i.DefaultTertiaryIpId, i.DnisNumberFormat, i.GenerateRingbackTone, i.IsupHeadersEnabled,
                i.PrackEnabled, i.PrivacyZoneEnabled, i.ShakenStirEnabled, i.SipCompactHeadersEnabled, i.SipRegion, i.SipSubdomain,
                i.SipSubdomainReceiveSettings, i.Timeout1xxSecs, i.Timeout2xxSecs),
            IosPushCredentialId = c.IosPushCredentialId,
            JitterBuffer = new(c.JitterBuffer.EnableJitterBuffer, c.JitterBuffer.JitterbufferMsecMax, c.JitterBuffer.JitterbufferMsecMin),
            NoiseSuppression = c.NoiseSuppression,
            NoiseSuppressionDetails = new(c.NoiseSuppressionDetails.AttenuationLimit, c.NoiseSuppressionDetails.Engine),
            OnnetT38PassthroughEnabled = c.OnnetT38PassthroughEnabled,
            Outbound = new OutboundResponse(o.AniOverride, o.AniOverrideType, o.CallParkingEnabled, o.ChannelLimit, o.GenerateRingbackTone,
                o.InstantRingbackEnabled, o.IpAuthenticationMethod, o.IpAuthenticationToken, o.Localization,
                c.OutboundVoiceProfileId?.ToString(CultureInfo.InvariantCulture), o.T38ReinviteSource, o.TechPrefix),
            RtcpSettings = new(c.RtcpSettings.CaptureEnabled, c.RtcpSettings.Port, c.RtcpSettings.ReportFrequencySecs),
            Tags = c.Tags,
            TransportProtocol = c.TransportProtocol,
            UpdatedAt = c.UpdatedAt,
            WebhookApiVersion = c.WebhookApiVersion,
            WebhookEventFailoverUrl = c.WebhookEventFailoverUrl,
            WebhookEventUrl = c.WebhookEventUrl,
            WebhookTimeoutSecs = c.WebhookTimeoutSecs,
        };
    }
}
