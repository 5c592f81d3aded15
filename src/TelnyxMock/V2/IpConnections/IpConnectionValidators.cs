using FluentValidation;
using TelnyxMock.Common.Validation;
using TelnyxMock.Resources;
using D = TelnyxMock.V2.IpConnections.IpConnectionDefinition;

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// The rules every IP-connection field obeys, whether it is created, updated or loaded as a fixture: each field
/// follows its <see cref="IpConnectionDefinition"/> spec; rules a spec cannot state are written beside it.
/// </summary>
public abstract class IpConnectionFieldsValidator<T> : AbstractValidator<T>
    where T : IpConnectionFields
{
    protected IpConnectionFieldsValidator()
    {
        var f = D.Fields;
        RuleFor(x => x.AnchorsiteOverride).Follows(f["anchorsite_override"]);
        RuleFor(x => x.AndroidPushCredentialId).Follows(f["android_push_credential_id"]);
        RuleFor(x => x.IosPushCredentialId).Follows(f["ios_push_credential_id"]);
        RuleFor(x => x.ConnectionName).Follows(f["connection_name"]);
        RuleFor(x => x.DtmfType).Follows(f["dtmf_type"]);
        RuleFor(x => x.EncryptedMedia).Follows(f["encrypted_media"]);
        RuleFor(x => x.EncryptedMedia).Must((r, media) => ConnectionFieldRules.EncryptionAllowed(r.TransportProtocol, media))
            .WithMessage(ConnectionFieldRules.EncryptionWithTlsMessage);
        RuleFor(x => x.NoiseSuppression).Follows(f["noise_suppression"]);
        RuleFor(x => x.Tags).Must(t => t is null || t.Count <= f["tags"].MaxItems).WithMessage($"must hold at most {f["tags"].MaxItems} tags.");
        RuleForEach(x => x.Tags).FollowsItems(f["tags"]);
        RuleFor(x => x.TransportProtocol).Follows(f["transport_protocol"]);
        RuleFor(x => x.WebhookApiVersion).Follows(f["webhook_api_version"]);
        RuleFor(x => x.WebhookEventUrl).Follows(f["webhook_event_url"]);
        RuleFor(x => x.WebhookEventFailoverUrl).Follows(f["webhook_event_failover_url"]);
        RuleFor(x => x.WebhookTimeoutSecs).Follows(f["webhook_timeout_secs"]);
        RuleFor(x => x.Inbound!).SetValidator(new InboundRequestValidator()).When(x => x.Inbound is not null);
        RuleFor(x => x.Outbound!).SetValidator(new OutboundRequestValidator()).When(x => x.Outbound is not null);
        RuleFor(x => x.RtcpSettings!).SetValidator(new RtcpSettingsRequestValidator()).When(x => x.RtcpSettings is not null);
        RuleFor(x => x.JitterBuffer!).SetValidator(new JitterBufferRequestValidator()).When(x => x.JitterBuffer is not null);
        RuleFor(x => x.NoiseSuppressionDetails!).SetValidator(new NoiseSuppressionDetailsRequestValidator()).When(x => x.NoiseSuppressionDetails is not null);
    }
}

public sealed class CreateIpConnectionRequestValidator : IpConnectionFieldsValidator<CreateIpConnectionRequest>;

public sealed class UpdateIpConnectionRequestValidator : IpConnectionFieldsValidator<UpdateIpConnectionRequest>;

public sealed class InboundRequestValidator : AbstractValidator<InboundRequest>
{
    public InboundRequestValidator()
    {
        var f = D.Inbound;
        RuleFor(x => x.AniNumberFormat).Follows(f["ani_number_format"]);
        RuleFor(x => x.ChannelLimit).Follows(f["channel_limit"]);
        RuleFor(x => x.Codecs).Must(c => c is null || c.Count > 0).WithMessage("must list at least one codec.");
        RuleForEach(x => x.Codecs).FollowsItems(f["codecs"]);
        RuleFor(x => x.Codecs).Must(c => c is null || c.Distinct().Count() == c.Count).WithMessage("must not list a codec twice.");
        RuleFor(x => x.DefaultPrimaryIpId).Follows(f["default_primary_ip_id"]);
        RuleFor(x => x.DefaultSecondaryIpId).Follows(f["default_secondary_ip_id"]);
        RuleFor(x => x.DefaultTertiaryIpId).Follows(f["default_tertiary_ip_id"]);
        RuleFor(x => x.DefaultRoutingMethod).Follows(f["default_routing_method"]);
        RuleFor(x => x.DnisNumberFormat).Follows(f["dnis_number_format"]);
        RuleFor(x => x.SipRegion).Follows(f["sip_region"]);
        RuleFor(x => x.SipSubdomain).SipSubdomain();
        RuleFor(x => x.SipSubdomainReceiveSettings).Follows(f["sip_subdomain_receive_settings"]);
        RuleFor(x => x.Timeout1xxSecs).Follows(f["timeout_1xx_secs"]);
        RuleFor(x => x.Timeout2xxSecs).Follows(f["timeout_2xx_secs"]);
    }
}

public sealed class OutboundRequestValidator : AbstractValidator<OutboundRequest>
{
    public OutboundRequestValidator()
    {
        var f = D.Outbound;
        RuleFor(x => x.AniOverride).Follows(f["ani_override"]);
        RuleFor(x => x.AniOverrideType).Follows(f["ani_override_type"]);
        RuleFor(x => x.ChannelLimit).Follows(f["channel_limit"]);
        RuleFor(x => x.IpAuthenticationMethod).Follows(f["ip_authentication_method"]);
        RuleFor(x => x.IpAuthenticationToken).Follows(f["ip_authentication_token"]);
        RuleFor(x => x.Localization).CountryCode();
        RuleFor(x => x.OutboundVoiceProfileId).Must(v => v is null || IpConnectionRules.ParseProfileId(v) is not null)
            .WithMessage((_, v) => $"must be a positive 64-bit integer, given as a number or a string of digits, got '{RuleExtensions.Clip(v)}'.");
        RuleFor(x => x.T38ReinviteSource).Follows(f["t38_reinvite_source"]);
        RuleFor(x => x.TechPrefix).Must(v => v is null or "" || (v.Length == 4 && v.All(char.IsAsciiDigit)))
            .WithMessage((_, v) => $"must be exactly 4 digits (or blank for none), got '{RuleExtensions.Clip(v)}'.");
    }
}

public sealed class RtcpSettingsRequestValidator : AbstractValidator<RtcpSettingsRequest>
{
    public RtcpSettingsRequestValidator()
    {
        RuleFor(x => x.Port).Follows(ConnectionShapes.RtcpSettings["port"]);
        RuleFor(x => x.ReportFrequencySecs).Follows(ConnectionShapes.RtcpSettings["report_frequency_secs"]);
    }
}

public sealed class JitterBufferRequestValidator : AbstractValidator<JitterBufferRequest>
{
    public JitterBufferRequestValidator()
    {
        RuleFor(x => x.JitterbufferMsecMax).Follows(ConnectionShapes.JitterBuffer["jitterbuffer_msec_max"]);
        RuleFor(x => x.JitterbufferMsecMin).Follows(ConnectionShapes.JitterBuffer["jitterbuffer_msec_min"]);
    }
}

public sealed class NoiseSuppressionDetailsRequestValidator : AbstractValidator<NoiseSuppressionDetailsRequest>
{
    public NoiseSuppressionDetailsRequestValidator()
    {
        RuleFor(x => x.AttenuationLimit).Follows(ConnectionShapes.NoiseSuppressionDetails["attenuation_limit"]);
        RuleFor(x => x.Engine).Follows(ConnectionShapes.NoiseSuppressionDetails["engine"]);
    }
}
