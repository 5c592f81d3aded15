using FluentValidation;
using TelnyxMock.Common.Validation;

namespace TelnyxMock.V2.IpConnections;

/// <summary>The rules every IP-connection field obeys, whether it is created, updated or loaded as a fixture.</summary>
public abstract class IpConnectionFieldsValidator<T> : AbstractValidator<T>
    where T : IpConnectionFields
{
    public const int MaxNameLength = 255;

    protected IpConnectionFieldsValidator()
    {
        RuleFor(x => x.AnchorsiteOverride).OneOf(V2Values.AnchorsiteOverrides);
        RuleFor(x => x.AndroidPushCredentialId).Uuid();
        RuleFor(x => x.IosPushCredentialId).Uuid();
        RuleFor(x => x.ConnectionName).MaxChars(MaxNameLength).Printable();
        RuleFor(x => x.DtmfType).OneOf(V2Values.DtmfTypes);
        RuleFor(x => x.EncryptedMedia).OneOf(V2Values.EncryptedMedia);
        RuleFor(x => x.EncryptedMedia).Must((r, media) => IpConnectionRules.EncryptionAllowed(r.TransportProtocol, media))
            .WithMessage(IpConnectionRules.EncryptionWithTlsMessage);
        RuleFor(x => x.NoiseSuppression).OneOf(V2Values.NoiseSuppression);
        RuleFor(x => x.Tags).Must(t => t is null || t.Count <= 100).WithMessage("must hold at most 100 tags.");
        RuleForEach(x => x.Tags).NotNullItem().NotBlank().MaxChars(255).Printable();
        RuleFor(x => x.TransportProtocol).OneOf(V2Values.TransportProtocols);
        RuleFor(x => x.WebhookApiVersion).OneOf(V2Values.WebhookApiVersions);
        RuleFor(x => x.WebhookEventUrl).WebUrl(allowEmpty: false);
        RuleFor(x => x.WebhookEventFailoverUrl).WebUrl(allowEmpty: true);
        RuleFor(x => x.WebhookTimeoutSecs).Between(1, 30);
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
        RuleFor(x => x.AniNumberFormat).OneOf(V2Values.AniNumberFormats);
        RuleFor(x => x.ChannelLimit).AtLeast(0);
        RuleFor(x => x.Codecs).Must(c => c is null || c.Count > 0).WithMessage("must list at least one codec.");
        RuleForEach(x => x.Codecs).NotNullItem().NotBlank().MaxChars(32).Printable();
        RuleFor(x => x.Codecs).Must(c => c is null || c.Distinct().Count() == c.Count).WithMessage("must not list a codec twice.");
        RuleFor(x => x.DefaultPrimaryIpId).MaxChars(64).Printable();
        RuleFor(x => x.DefaultSecondaryIpId).MaxChars(64).Printable();
        RuleFor(x => x.DefaultTertiaryIpId).MaxChars(64).Printable();
        RuleFor(x => x.DefaultRoutingMethod).Must(v => v is null or "" || V2Values.RoutingMethods.Contains(v))
            .WithMessage((_, v) => $"must be one of 'sequential', 'round-robin' or blank, got '{RuleExtensions.Clip(v)}'.");
        RuleFor(x => x.DnisNumberFormat).OneOf(V2Values.DnisNumberFormats);
        RuleFor(x => x.SipRegion).OneOf(V2Values.SipRegions);
        RuleFor(x => x.SipSubdomain).Must(IpConnectionRules.IsSubdomain)
            .WithMessage((_, v) => $"must be a DNS label of 1 to 63 letters, digits and inner hyphens, got '{RuleExtensions.Clip(v)}'.");
        RuleFor(x => x.SipSubdomainReceiveSettings).OneOf(V2Values.SipSubdomainReceiveSettings);
        RuleFor(x => x.Timeout1xxSecs).Between(1, 120);
        RuleFor(x => x.Timeout2xxSecs).Between(1, 600);
    }
}

public sealed class OutboundRequestValidator : AbstractValidator<OutboundRequest>
{
    public OutboundRequestValidator()
    {
        RuleFor(x => x.AniOverride).MaxChars(64).Printable();
        RuleFor(x => x.AniOverrideType).OneOf(V2Values.AniOverrideTypes);
        RuleFor(x => x.ChannelLimit).AtLeast(0);
        RuleFor(x => x.IpAuthenticationMethod).OneOf(V2Values.IpAuthenticationMethods);
        RuleFor(x => x.IpAuthenticationToken).MaxChars(255).Printable();
        RuleFor(x => x.Localization).CountryCode();
        RuleFor(x => x.OutboundVoiceProfileId).Must(v => v is null || IpConnectionRules.ParseProfileId(v) is not null)
            .WithMessage((_, v) => $"must be a positive 64-bit integer, given as a number or a string of digits, got '{RuleExtensions.Clip(v)}'.");
        RuleFor(x => x.T38ReinviteSource).OneOf(V2Values.T38ReinviteSources);
        RuleFor(x => x.TechPrefix).Must(v => v is null or "" || (v.Length == 4 && v.All(char.IsAsciiDigit)))
            .WithMessage((_, v) => $"must be exactly 4 digits (or blank for none), got '{RuleExtensions.Clip(v)}'.");
    }
}

public sealed class RtcpSettingsRequestValidator : AbstractValidator<RtcpSettingsRequest>
{
    public RtcpSettingsRequestValidator()
    {
        RuleFor(x => x.Port).OneOf(V2Values.RtcpPorts);
        RuleFor(x => x.ReportFrequencySecs).Between(5, 3000);
    }
}

public sealed class JitterBufferRequestValidator : AbstractValidator<JitterBufferRequest>
{
    public JitterBufferRequestValidator()
    {
        RuleFor(x => x.JitterbufferMsecMax).Between(40, 400);
        RuleFor(x => x.JitterbufferMsecMin).Between(40, 400);
    }
}

public sealed class NoiseSuppressionDetailsRequestValidator : AbstractValidator<NoiseSuppressionDetailsRequest>
{
    public NoiseSuppressionDetailsRequestValidator()
    {
        RuleFor(x => x.AttenuationLimit).Must(v => v is null || (v is >= 0 and <= 100 && v % 10 == 0))
            .WithMessage((_, v) => $"must be a multiple of 10 between 0 and 100, got {v}.");
        RuleFor(x => x.Engine).OneOf(V2Values.NoiseSuppressionEngines);
    }
}
