using System.Globalization;
using TelnyxMock.Common.Json;

namespace TelnyxMock.V1.Connections;

public static class ConnectionMapping
{
    // sip_region null stands for its default.
    private static readonly string DefaultSipRegion = ConnectionDefinition.Fields["sip_region"].DefaultText;

    /// <summary>A new connection with every default of <see cref="ConnectionDefinition"/> applied.</summary>
    public static Connection New(long id, string account, DateTime now)
    {
        var connection = new Connection { Id = id, Account = account, CreatedAt = now, UpdatedAt = now };
        Resources.ShapeDefaults.Request<CreateConnectionRequest>().ApplyTo(connection, _ => true);
        return connection;
    }

    /// <summary>Copies the fields a request carries onto a connection; <paramref name="has"/> tells left-out from null.</summary>
    public static void ApplyTo(this ConnectionFields r, Connection c, Func<string, bool> has)
    {
        if (r.ConnectionName is { } name)
        {
            c.ConnectionName = name;
            c.NameKey = name.ToLowerInvariant();
        }

        c.Active = r.Active ?? c.Active;
        c.DnisNumberFormat = r.DnisNumberFormat ?? c.DnisNumberFormat;
        c.Timeout1xx = r.Timeout1xx ?? c.Timeout1xx;
        c.Timeout2xx = r.Timeout2xx ?? c.Timeout2xx;
        c.AniOverrideType = r.AniOverrideType ?? c.AniOverrideType;
        c.AniOverride = r.AniOverride ?? c.AniOverride;
        c.SipCompactHeadersEnabled = r.SipCompactHeadersEnabled ?? c.SipCompactHeadersEnabled;
        c.TransportProtocol = r.TransportProtocol ?? c.TransportProtocol;
        c.ThirdPartyControlEnabled = r.ThirdPartyControlEnabled ?? c.ThirdPartyControlEnabled;
        c.PrivacyZoneEnabled = r.PrivacyZoneEnabled ?? c.PrivacyZoneEnabled;
        c.Codecs = r.Codecs ?? c.Codecs;
        c.PrackEnabled = r.PrackEnabled ?? c.PrackEnabled;
        c.AnchorsiteOverride = r.AnchorsiteOverride ?? c.AnchorsiteOverride;
        c.InstantRingbackEnabled = r.InstantRingbackEnabled ?? c.InstantRingbackEnabled;
        c.T38ReinviteSource = r.T38ReinviteSource ?? c.T38ReinviteSource;
        c.AniNumberFormat = r.AniNumberFormat ?? c.AniNumberFormat;
        c.IsupHeadersEnabled = r.IsupHeadersEnabled ?? c.IsupHeadersEnabled;
        c.EncodeContactHeaderEnabled = r.EncodeContactHeaderEnabled ?? c.EncodeContactHeaderEnabled;
        c.InboundGenerateRingbackTone = r.InboundGenerateRingbackTone ?? c.InboundGenerateRingbackTone;
        c.OutboundGenerateRingbackTone = r.OutboundGenerateRingbackTone ?? c.OutboundGenerateRingbackTone;
        c.RtcpReportFrequencySeconds = r.RtcpReportFrequencySeconds ?? c.RtcpReportFrequencySeconds;
        c.RtcpPort = r.RtcpPort ?? c.RtcpPort;
        c.DtmfType = r.DtmfType ?? c.DtmfType;
        c.OnnetT38PassthroughEnabled = r.OnnetT38PassthroughEnabled ?? c.OnnetT38PassthroughEnabled;
        c.SipUriCallingPreference = r.SipUriCallingPreference ?? c.SipUriCallingPreference;
        c.OutboundCallParkingEnabled = r.OutboundCallParkingEnabled ?? c.OutboundCallParkingEnabled;
        c.WebhookApiVersion = r.WebhookApiVersion ?? c.WebhookApiVersion;

        // Nullable fields: present-and-null clears them, left out keeps them.
        if (has("/default_routing_method"))
        {
            c.DefaultRoutingMethod = string.IsNullOrEmpty(r.DefaultRoutingMethod) ? null : r.DefaultRoutingMethod;
        }

        if (has("/default_primary_authorized_ip_id"))
        {
            c.DefaultPrimaryAuthorizedIpId = r.DefaultPrimaryAuthorizedIpId;
        }

        if (has("/default_secondary_authorized_ip_id"))
        {
            c.DefaultSecondaryAuthorizedIpId = r.DefaultSecondaryAuthorizedIpId;
        }

        if (has("/default_tertiary_authorized_ip_id"))
        {
            c.DefaultTertiaryAuthorizedIpId = r.DefaultTertiaryAuthorizedIpId;
        }

        if (has("/encrypted_media"))
        {
            c.EncryptedMedia = r.EncryptedMedia;
        }

        if (has("/outbound_localization"))
        {
            c.OutboundLocalization = r.OutboundLocalization;
        }

        if (has("/inbound_channel_limit"))
        {
            c.InboundChannelLimit = r.InboundChannelLimit;
        }

        if (has("/outbound_channel_limit"))
        {
            c.OutboundChannelLimit = r.OutboundChannelLimit;
        }

        if (has("/sip_region"))
        {
            c.SipRegion = r.SipRegion ?? DefaultSipRegion;
        }

        if (has("/sip_subdomain"))
        {
            c.SipSubdomain = r.SipSubdomain;
        }

        if (has("/sip_subdomain_receive_settings"))
        {
            c.SipSubdomainReceiveSettings = r.SipSubdomainReceiveSettings;
        }
    }

    public static ConnectionResponse ToResponse(this Connection c, bool withIps = false, bool withAuth = false, bool withFqdns = false) => new()
    {
        Id = c.Id.ToString(CultureInfo.InvariantCulture),
        ConnectionName = c.ConnectionName,
        TechPrefix = c.TechPrefix,
        AuthenticationType = c.AuthenticationType,
        Active = c.Active,
        DnisNumberFormat = c.DnisNumberFormat,
        Timeout1xx = c.Timeout1xx,
        Timeout2xx = c.Timeout2xx,
        ForwardOnly = c.ForwardOnly,
        AniOverrideType = c.AniOverrideType,
        AniOverride = c.AniOverride,
        RegistrationStatus = c.RegistrationStatus,
        LastRegisteredIp = c.LastRegisteredIp,
        RegistrationStatusUpdatedAt = c.RegistrationStatusUpdatedAt?.ToString(UtcMillisecondsConverter.Format, CultureInfo.InvariantCulture),
        SipCompactHeadersEnabled = c.SipCompactHeadersEnabled,
        TransportProtocol = c.TransportProtocol,
        ThirdPartyControlEnabled = c.ThirdPartyControlEnabled,
        PrivacyZoneEnabled = c.PrivacyZoneEnabled,
        Codecs = c.Codecs,
        PrackEnabled = c.PrackEnabled,
        DefaultRoutingMethod = c.DefaultRoutingMethod,
        DefaultPrimaryAuthorizedIpId = c.DefaultPrimaryAuthorizedIpId,
        DefaultSecondaryAuthorizedIpId = c.DefaultSecondaryAuthorizedIpId,
        DefaultTertiaryAuthorizedIpId = c.DefaultTertiaryAuthorizedIpId,
        AnchorsiteOverride = c.AnchorsiteOverride,
        EncryptedMedia = c.EncryptedMedia,
        CallFailureCheckEnabled = c.CallFailureCheckEnabled,
        InstantRingbackEnabled = c.InstantRingbackEnabled,
        T38ReinviteSource = c.T38ReinviteSource,
        AniNumberFormat = c.AniNumberFormat,
        IsupHeadersEnabled = c.IsupHeadersEnabled,
        EncodeContactHeaderEnabled = c.EncodeContactHeaderEnabled,
        InboundGenerateRingbackTone = c.InboundGenerateRingbackTone,
        OutboundGenerateRingbackTone = c.OutboundGenerateRingbackTone,
        RtcpReportEnabled = true,
        RtcpReportFrequencySeconds = c.RtcpReportFrequencySeconds,
        RtcpPort = c.RtcpPort,
        DtmfType = c.DtmfType,
        OutboundLocalization = c.OutboundLocalization,
        InboundChannelLimit = c.InboundChannelLimit,
        OutboundChannelLimit = c.OutboundChannelLimit,
        OnnetT38PassthroughEnabled = c.OnnetT38PassthroughEnabled,
        SipRegion = c.SipRegion,
        SipUriCallingPreference = c.SipUriCallingPreference,
        SipSubdomain = c.SipSubdomain,
        SipSubdomainReceiveSettings = c.SipSubdomainReceiveSettings,
        OutboundCallParkingEnabled = c.OutboundCallParkingEnabled,
        WebhookApiVersion = c.WebhookApiVersion,
        AuthorizedIps = withIps ? c.AuthorizedIps.OrderBy(i => i.Id).Select(i => new AuthorizedIpResponse(i.Id, i.IpAddress, i.Port)).ToList() : null,
        Fqdns = withFqdns && c.Fqdns.Count > 0 ? c.Fqdns.OrderBy(f => f.Id).Select(f => new FqdnResponse(f.Id, f.Fqdn, f.Port, f.DnsRecordType)).ToList() : null,
        Credentials = withAuth && c.AuthenticationType == V1Values.AuthCredential
            ? c.Credentials.OrderBy(x => x.Id).Select(x => new CredentialResponse(x.UserName)).ToList()
            : null,
    };
}
