using FluentValidation;
using TelnyxMock.Common.Validation;

namespace TelnyxMock.V1.Connections;

/// <summary>The rules every V1 connection field obeys, whether it is created or updated.</summary>
public abstract class ConnectionFieldsValidator<T> : AbstractValidator<T>
    where T : ConnectionFields
{
    public const int MaxNameLength = 255;

    protected ConnectionFieldsValidator()
    {
        RuleFor(x => x.ConnectionName).NotBlank().MaxChars(MaxNameLength).Printable();
        RuleFor(x => x.DnisNumberFormat).OneOf(V1Values.DnisNumberFormats);
        RuleFor(x => x.Timeout1xx).IntegerStringBetween(1, 20);
        RuleFor(x => x.Timeout2xx).IntegerStringBetween(1, 600);
        RuleFor(x => x.AniOverrideType).OneOf(V1Values.AniOverrideTypes);
        RuleFor(x => x.AniOverride).MaxChars(64).Printable();
        RuleFor(x => x.TransportProtocol).OneOf(V1Values.TransportProtocols);
        RuleFor(x => x.Codecs).Must(c => c is null || c.Count > 0).WithMessage("must list at least one codec.");
        RuleForEach(x => x.Codecs).Must(codec => codec is not null).WithMessage("must be a codec name, not null.")
            .NotBlank().MaxChars(32).Printable();
        RuleFor(x => x.Codecs).Must(c => c is null || c.Distinct().Count() == c.Count).WithMessage("must not list a codec twice.");
        RuleFor(x => x.DefaultRoutingMethod).Must(v => v is null or "" || V1Values.RoutingMethods.Contains(v))
            .WithMessage((_, v) => $"must be one of 'sequential', 'round-robin' or blank, got '{RuleExtensions.Clip(v)}'.");
        RuleFor(x => x.DefaultPrimaryAuthorizedIpId).AtLeast(0);
        RuleFor(x => x.DefaultSecondaryAuthorizedIpId).AtLeast(0);
        RuleFor(x => x.DefaultTertiaryAuthorizedIpId).AtLeast(0);
        RuleFor(x => x.AnchorsiteOverride).OneOf(V1Values.AnchorsiteOverrides);
        RuleFor(x => x.EncryptedMedia).OneOf(V1Values.EncryptedMedia);
        RuleFor(x => x.EncryptedMedia).Must((r, media) => ConnectionRules.EncryptionAllowed(r.TransportProtocol, media))
            .WithMessage(ConnectionRules.EncryptionWithTlsMessage);
        RuleFor(x => x.T38ReinviteSource).OneOf(V1Values.T38ReinviteSources);
        RuleFor(x => x.AniNumberFormat).OneOf(V1Values.AniNumberFormats);
        RuleFor(x => x.RtcpReportFrequencySeconds).Between(5, 3000);
        RuleFor(x => x.RtcpPort).OneOf(V1Values.RtcpPorts);
        RuleFor(x => x.DtmfType).OneOf(V1Values.DtmfTypes);
        RuleFor(x => x.OutboundLocalization).CountryCode();
        RuleFor(x => x.InboundChannelLimit).AtLeast(0);
        RuleFor(x => x.OutboundChannelLimit).AtLeast(0);
        RuleFor(x => x.SipRegion).OneOf(V1Values.SipRegions);
        RuleFor(x => x.SipUriCallingPreference).OneOf(V1Values.SipUriCallingPreferences);
        RuleFor(x => x.SipSubdomain).Must(ConnectionRules.IsSubdomain)
            .WithMessage((_, v) => $"must be a DNS label of 1 to 63 letters, digits and inner hyphens, got '{RuleExtensions.Clip(v)}'.");
        RuleFor(x => x.SipSubdomainReceiveSettings).OneOf(V1Values.SipSubdomainReceiveSettings);
        RuleFor(x => x.WebhookApiVersion).OneOf(V1Values.WebhookApiVersions);
    }
}

public sealed class CreateConnectionRequestValidator : ConnectionFieldsValidator<CreateConnectionRequest>
{
    public CreateConnectionRequestValidator()
    {
        RuleFor(x => x.ConnectionName).Required();

        // A new connection has no authorized IPs, so no non-zero default IP id can point at one.
        RuleFor(x => x.DefaultPrimaryAuthorizedIpId).Must(ConnectionRules.IsUnset).WithMessage(ConnectionRules.NoIpsMessage);
        RuleFor(x => x.DefaultSecondaryAuthorizedIpId).Must(ConnectionRules.IsUnset).WithMessage(ConnectionRules.NoIpsMessage);
        RuleFor(x => x.DefaultTertiaryAuthorizedIpId).Must(ConnectionRules.IsUnset).WithMessage(ConnectionRules.NoIpsMessage);
    }
}

public sealed class UpdateConnectionRequestValidator : ConnectionFieldsValidator<UpdateConnectionRequest>;
