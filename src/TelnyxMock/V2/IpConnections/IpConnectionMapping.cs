namespace TelnyxMock.V2.IpConnections;

/// <summary>Copies what a request carries onto a connection; <c>has</c> tells left-out from null at every depth.</summary>
public static class IpConnectionMapping
{
    // inbound.sip_region null stands for its default.
    private static readonly string DefaultSipRegion = IpConnectionDefinition.Inbound["sip_region"].DefaultText;

    /// <summary>A new connection with every default of <see cref="IpConnectionDefinition"/> applied.</summary>
    public static IpConnection New(long id, string account, DateTime now)
    {
        var connection = new IpConnection { Id = id, Account = account, CreatedAt = now, UpdatedAt = now };
        Resources.ShapeDefaults.Request<CreateIpConnectionRequest>().ApplyTo(connection, _ => true);
        return connection;
    }

    public static void ApplyTo(this IpConnectionFields r, IpConnection c, Func<string, bool> has)
    {
        if (has("/connection_name"))
        {
            c.ConnectionName = r.ConnectionName;
            c.NameKey = r.ConnectionName?.ToLowerInvariant() ?? string.Empty;
        }

        c.Active = r.Active ?? c.Active;
        c.AnchorsiteOverride = r.AnchorsiteOverride ?? c.AnchorsiteOverride;
        c.CallCostInWebhooks = r.CallCostInWebhooks ?? c.CallCostInWebhooks;
        c.DefaultOnHoldComfortNoiseEnabled = r.DefaultOnHoldComfortNoiseEnabled ?? c.DefaultOnHoldComfortNoiseEnabled;
        c.DtmfType = r.DtmfType ?? c.DtmfType;
        c.EncodeContactHeaderEnabled = r.EncodeContactHeaderEnabled ?? c.EncodeContactHeaderEnabled;
        c.NoiseSuppression = r.NoiseSuppression ?? c.NoiseSuppression;
        c.OnnetT38PassthroughEnabled = r.OnnetT38PassthroughEnabled ?? c.OnnetT38PassthroughEnabled;
        c.Tags = r.Tags ?? c.Tags;
        c.TransportProtocol = r.TransportProtocol ?? c.TransportProtocol;
        c.WebhookApiVersion = r.WebhookApiVersion ?? c.WebhookApiVersion;
        Nullable(has, "/android_push_credential_id", r.AndroidPushCredentialId, v => c.AndroidPushCredentialId = v);
        Nullable(has, "/ios_push_credential_id", r.IosPushCredentialId, v => c.IosPushCredentialId = v);
        Nullable(has, "/encrypted_media", r.EncryptedMedia, v => c.EncryptedMedia = v);
        Nullable(has, "/webhook_event_url", r.WebhookEventUrl, v => c.WebhookEventUrl = v);
        Nullable(has, "/webhook_event_failover_url", r.WebhookEventFailoverUrl, v => c.WebhookEventFailoverUrl = v);
        Nullable(has, "/webhook_timeout_secs", r.WebhookTimeoutSecs, v => c.WebhookTimeoutSecs = v);

        if (r.Inbound is { } inbound)
        {
            inbound.ApplyTo(c.Inbound, has);
        }

        if (r.Outbound is { } outbound)
        {
            outbound.ApplyTo(c, has);
        }

        if (r.RtcpSettings is { } rtcp)
        {
            c.RtcpSettings.CaptureEnabled = rtcp.CaptureEnabled ?? c.RtcpSettings.CaptureEnabled;
            c.RtcpSettings.Port = rtcp.Port ?? c.RtcpSettings.Port;
            c.RtcpSettings.ReportFrequencySecs = rtcp.ReportFrequencySecs ?? c.RtcpSettings.ReportFrequencySecs;
        }

        if (r.JitterBuffer is { } jitter)
        {
            c.JitterBuffer.EnableJitterBuffer = jitter.EnableJitterBuffer ?? c.JitterBuffer.EnableJitterBuffer;
            c.JitterBuffer.JitterbufferMsecMax = jitter.JitterbufferMsecMax ?? c.JitterBuffer.JitterbufferMsecMax;
            c.JitterBuffer.JitterbufferMsecMin = jitter.JitterbufferMsecMin ?? c.JitterBuffer.JitterbufferMsecMin;
        }

        if (r.NoiseSuppressionDetails is { } noise)
        {
            c.NoiseSuppressionDetails.AttenuationLimit = noise.AttenuationLimit ?? c.NoiseSuppressionDetails.AttenuationLimit;
            c.NoiseSuppressionDetails.Engine = noise.Engine ?? c.NoiseSuppressionDetails.Engine;
        }
    }

    private static void ApplyTo(this InboundRequest r, IpInbound i, Func<string, bool> has)
    {
        i.AniNumberFormat = r.AniNumberFormat ?? i.AniNumberFormat;
        i.Codecs = r.Codecs ?? i.Codecs;
        i.DnisNumberFormat = r.DnisNumberFormat ?? i.DnisNumberFormat;
        i.GenerateRingbackTone = r.GenerateRingbackTone ?? i.GenerateRingbackTone;
        i.IsupHeadersEnabled = r.IsupHeadersEnabled ?? i.IsupHeadersEnabled;
        i.PrackEnabled = r.PrackEnabled ?? i.PrackEnabled;
        i.PrivacyZoneEnabled = r.PrivacyZoneEnabled ?? i.PrivacyZoneEnabled;
        i.ShakenStirEnabled = r.ShakenStirEnabled ?? i.ShakenStirEnabled;
        i.SipCompactHeadersEnabled = r.SipCompactHeadersEnabled ?? i.SipCompactHeadersEnabled;
        i.Timeout1xxSecs = r.Timeout1xxSecs ?? i.Timeout1xxSecs;
        i.Timeout2xxSecs = r.Timeout2xxSecs ?? i.Timeout2xxSecs;
        Nullable(has, "/inbound/channel_limit", r.ChannelLimit, v => i.ChannelLimit = v);
        Nullable(has, "/inbound/default_primary_ip_id", r.DefaultPrimaryIpId, v => i.DefaultPrimaryIpId = v);
        Nullable(has, "/inbound/default_secondary_ip_id", r.DefaultSecondaryIpId, v => i.DefaultSecondaryIpId = v);
        Nullable(has, "/inbound/default_tertiary_ip_id", r.DefaultTertiaryIpId, v => i.DefaultTertiaryIpId = v);
        Nullable(has, "/inbound/default_routing_method", string.IsNullOrEmpty(r.DefaultRoutingMethod) ? null : r.DefaultRoutingMethod, v => i.DefaultRoutingMethod = v);
        Nullable(has, "/inbound/sip_region", r.SipRegion ?? DefaultSipRegion, v => i.SipRegion = v!);
        Nullable(has, "/inbound/sip_subdomain", r.SipSubdomain, v => i.SipSubdomain = v);
        Nullable(has, "/inbound/sip_subdomain_receive_settings", r.SipSubdomainReceiveSettings, v => i.SipSubdomainReceiveSettings = v);
    }

    private static void ApplyTo(this OutboundRequest r, IpConnection c, Func<string, bool> has)
    {
        var o = c.Outbound;
        o.AniOverride = r.AniOverride ?? o.AniOverride;
        o.AniOverrideType = r.AniOverrideType ?? o.AniOverrideType;
        o.GenerateRingbackTone = r.GenerateRingbackTone ?? o.GenerateRingbackTone;
        o.InstantRingbackEnabled = r.InstantRingbackEnabled ?? o.InstantRingbackEnabled;
        o.IpAuthenticationMethod = r.IpAuthenticationMethod ?? o.IpAuthenticationMethod;
        o.T38ReinviteSource = r.T38ReinviteSource ?? o.T38ReinviteSource;
        o.TechPrefix = r.TechPrefix ?? o.TechPrefix;
        Nullable(has, "/outbound/call_parking_enabled", r.CallParkingEnabled, v => o.CallParkingEnabled = v);
        Nullable(has, "/outbound/channel_limit", r.ChannelLimit, v => o.ChannelLimit = v);
        Nullable(has, "/outbound/ip_authentication_token", r.IpAuthenticationToken, v => o.IpAuthenticationToken = v);
        Nullable(has, "/outbound/localization", r.Localization, v => o.Localization = v);
        Nullable(has, "/outbound/outbound_voice_profile_id", r.OutboundVoiceProfileId, v => c.OutboundVoiceProfileId = v is null ? null : Resources.ConnectionFieldRules.ParsePositiveInt64(v));
    }

    /// <summary>A nullable field: present (even as null) sets it, left out keeps it.</summary>
    private static void Nullable<T>(Func<string, bool> has, string pointer, T value, Action<T> set)
    {
        if (has(pointer))
        {
            set(value);
        }
    }
}
