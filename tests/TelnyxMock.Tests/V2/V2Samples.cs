namespace TelnyxMock.Tests.V2;

/// <summary>The request sample of the V2 create page, and the same sample with its mistakes corrected.</summary>
internal static class V2Samples
{
    /// <summary>
    /// The outbound voice profile both samples name, the reference's example id. A connection may only name a profile of
    /// its own account, so tests send the samples through <see cref="V2Api.WithRealProfileAsync"/>, which names a real one.
    /// </summary>
    public const string ProfileId = "1293384261075731499";

    /// <summary>Verbatim from the seed page: note the "inbound:" key, "dns_number_format", and "string" placeholders.</summary>
    public const string SeedRequest = $$"""
    {
    "active": true, "anchorsite_override": "Latency", "connection_name": "string", "transport_protocol": "UDP",
    "default_on_hold_comfort_noise_enabled": true, "dtmf_type": "RFC 2833", "encode_contact_header_enabled": true,
    "encrypted_media": "SRTP", "onnet_t38_passthrough_enabled": false,
    "ios_push_credential_id": "ec0c8e5d-439e-4620-a0c1-9d9c8d02a836",
    "android_push_credential_id": "06b09dfd-7154-4980-8b75-cebf7a9d4f8e",
    "webhook_event_url": "https://example.com", "webhook_event_failover_url": "https://failover.example.com",
    "webhook_api_version": "1", "webhook_timeout_secs": 25,
    "rtcp_settings": { "port": "rtcp-mux", "capture_enabled": true, "report_frequency_secs": 10 },
    "inbound:": {
    "ani_number_format": "+E.164", "dns_number_format": "+e164", "codecs": "G722",
    "default_primary_ip_id": "192.168.0.0", "default_tertiary_ip_id": "192.168.0.0", "default_secondary_ip_id": "192.168.0.0",
    "default_routing_method": "sequential", "channel_limit": 10, "generate_ringback_tone": true, "isup_headers_enabled": true,
    "prack_enabled": true, "privacy_zone_enabled": true, "sip_compact_headers_enabled": true, "sip_region": "US",
    "sip_subdomain": "test", "sip_subdomain_receive_settings": "only_my_connections", "timeout_1xx_secs": 10,
    "timeout_2xx_secs": 20, "shaken_stir_enabled": true
    },
    "outbound": {
    "call_parking_enabled": true, "ani_override": "string", "ani_override_type": "always", "channel_limit": 10,
    "instant_ringback_enabled": true, "generate_ringback_tone": true, "localization": "string",
    "t38_reinvite_source": "customer", "tech_prefix": "string", "ip_authentication_method": "token",
    "ip_authentication_token": "string", "outbound_voice_profile_id": "{{ProfileId}}"
    }
    }
    """;

    /// <summary>
    /// Every writable field set to a non-default value: the sample with "inbound" and "dnis_number_format"
    /// spelled right, real values for localization and tech_prefix, plus the fields only the reference lists. Its default
    /// IPs are null: they must name IPs attached to the connection (see IpsTests), and a new connection has none. Its
    /// outbound voice profile is <see cref="ProfileId"/>: send it through <see cref="V2Api.WithRealProfileAsync"/>.
    /// </summary>
    public const string FullRequest = $$"""
    {
    "active": false, "anchorsite_override": "Frankfurt, Germany", "connection_name": "Full", "transport_protocol": "TCP",
    "default_on_hold_comfort_noise_enabled": false, "dtmf_type": "SIP INFO", "encode_contact_header_enabled": true,
    "encrypted_media": "SRTP", "onnet_t38_passthrough_enabled": true, "call_cost_in_webhooks": true,
    "ios_push_credential_id": "ec0c8e5d-439e-4620-a0c1-9d9c8d02a836",
    "android_push_credential_id": "06b09dfd-7154-4980-8b75-cebf7a9d4f8e",
    "webhook_event_url": "https://example.com", "webhook_event_failover_url": "https://failover.example.com",
    "webhook_api_version": "2", "webhook_timeout_secs": 25, "tags": ["a", "b"], "noise_suppression": "both",
    "noise_suppression_details": { "attenuation_limit": 60, "engine": "deep_filter_net" },
    "jitter_buffer": { "enable_jitter_buffer": true, "jitterbuffer_msec_max": 300, "jitterbuffer_msec_min": 50 },
    "rtcp_settings": { "port": "rtcp-mux", "capture_enabled": true, "report_frequency_secs": 10 },
    "inbound": {
    "ani_number_format": "+E.164", "dnis_number_format": "+e164", "codecs": ["G722", "OPUS"],
    "default_primary_ip_id": null, "default_secondary_ip_id": null, "default_tertiary_ip_id": null,
    "default_routing_method": "sequential", "channel_limit": 10, "generate_ringback_tone": true, "isup_headers_enabled": true,
    "prack_enabled": true, "privacy_zone_enabled": true, "sip_compact_headers_enabled": false, "sip_region": "Europe",
    "sip_subdomain": "test", "sip_subdomain_receive_settings": "only_my_connections", "timeout_1xx_secs": 10,
    "timeout_2xx_secs": 20, "shaken_stir_enabled": true
    },
    "outbound": {
    "call_parking_enabled": true, "ani_override": "+15551234567", "ani_override_type": "emergency", "channel_limit": 10,
    "instant_ringback_enabled": false, "generate_ringback_tone": true, "localization": "GB",
    "t38_reinvite_source": "telnyx", "tech_prefix": "1234", "ip_authentication_method": "token",
    "ip_authentication_token": "secret-token", "outbound_voice_profile_id": "{{ProfileId}}"
    }
    }
    """;
}
