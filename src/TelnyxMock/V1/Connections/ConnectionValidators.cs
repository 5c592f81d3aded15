using FluentValidation;
using TelnyxMock.Common.Validation;
using TelnyxMock.Resources;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// The rules every V1 connection field obeys, whether it is created or updated: each field follows its
/// <see cref="ConnectionDefinition"/> spec; rules a spec cannot state are written beside it.
/// </summary>
public abstract class ConnectionFieldsValidator<T> : AbstractValidator<T>
    where T : ConnectionFields
{
    protected ConnectionFieldsValidator()
    {
        var f = ConnectionDefinition.Fields;
        RuleFor(x => x.ConnectionName).Follows(f["connection_name"]);
        RuleFor(x => x.DnisNumberFormat).Follows(f["dnis_number_format"]);
        RuleFor(x => x.Timeout1xx).Follows(f["timeout_1xx"]);
        RuleFor(x => x.Timeout2xx).Follows(f["timeout_2xx"]);
        RuleFor(x => x.AniOverrideType).Follows(f["ani_override_type"]);
        RuleFor(x => x.AniOverride).Follows(f["ani_override"]);
        RuleFor(x => x.TransportProtocol).Follows(f["transport_protocol"]);
        RuleFor(x => x.Codecs).Must(c => c is null || c.Count > 0).WithMessage("must list at least one codec.");
        RuleForEach(x => x.Codecs).FollowsItems(f["codecs"]);
        RuleFor(x => x.Codecs).Must(c => c is null || c.Distinct().Count() == c.Count).WithMessage("must not list a codec twice.");
        RuleFor(x => x.DefaultRoutingMethod).Follows(f["default_routing_method"]);
        RuleFor(x => x.DefaultPrimaryAuthorizedIpId).Follows(f["default_primary_authorized_ip_id"]);
        RuleFor(x => x.DefaultSecondaryAuthorizedIpId).Follows(f["default_secondary_authorized_ip_id"]);
        RuleFor(x => x.DefaultTertiaryAuthorizedIpId).Follows(f["default_tertiary_authorized_ip_id"]);
        RuleFor(x => x.AnchorsiteOverride).Follows(f["anchorsite_override"]);
        RuleFor(x => x.EncryptedMedia).Follows(f["encrypted_media"]);
        RuleFor(x => x.EncryptedMedia).Must((r, media) => ConnectionFieldRules.EncryptionAllowed(r.TransportProtocol, media))
            .WithMessage(ConnectionFieldRules.EncryptionWithTlsMessage);
        RuleFor(x => x.T38ReinviteSource).Follows(f["t38_reinvite_source"]);
        RuleFor(x => x.AniNumberFormat).Follows(f["ani_number_format"]);
        RuleFor(x => x.RtcpReportFrequencySeconds).Follows(f["rtcp_report_frequency_seconds"]);
        RuleFor(x => x.RtcpPort).Follows(f["rtcp_port"]);
        RuleFor(x => x.DtmfType).Follows(f["dtmf_type"]);
        RuleFor(x => x.OutboundLocalization).CountryCode();
        RuleFor(x => x.InboundChannelLimit).Follows(f["inbound_channel_limit"]);
        RuleFor(x => x.OutboundChannelLimit).Follows(f["outbound_channel_limit"]);
        RuleFor(x => x.SipRegion).Follows(f["sip_region"]);
        RuleFor(x => x.SipUriCallingPreference).Follows(f["sip_uri_calling_preference"]);
        RuleFor(x => x.SipSubdomain).SipSubdomain();
        RuleFor(x => x.SipSubdomainReceiveSettings).Follows(f["sip_subdomain_receive_settings"]);
        RuleFor(x => x.WebhookApiVersion).Follows(f["webhook_api_version"]);
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
