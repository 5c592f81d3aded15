namespace TelnyxMock.Tests.V1;

/// <summary>The request samples of the V1 seed page, verbatim.</summary>
internal static class SeedSamples
{
    public const string V1Request = """
    {
      "connection_name": "string",
      "active": true,
      "dnis_number_format": 1,
      "timeout_1xx": "3",
      "timeout_2xx": "90",
      "ani_override_type": "always",
      "ani_override": "",
      "sip_compact_headers_enabled": true,
      "transport_protocol": "UDP",
      "third_party_control_enabled": false,
      "privacy_zone_enabled": false,
      "codecs": ["G722", "G711U", "G711A", "G729", "OPUS", "H.264"],
      "prack_enabled": false,
      "default_routing_method": "sequential",
      "default_primary_authorized_ip_id": 0,
      "default_secondary_authorized_ip_id": 0,
      "default_tertiary_authorized_ip_id": 0,
      "anchorsite_override": "Latency",
      "encrypted_media": "SRTP",
      "instant_ringback_enabled": true,
      "t38_reinvite_source": "telnyx",
      "ani_number_format": "+E.164",
      "isup_headers_enabled": true,
      "encode_contact_header_enabled": true,
      "inbound_generate_ringback_tone": true,
      "outbound_generate_ringback_tone": true,
      "rtcp_report_enabled": true,
      "rtcp_report_frequency_seconds": 5,
      "rtcp_port": "rtcp-mux",
      "dtmf_type": "RFC 2833",
      "outbound_localization": null,
      "inbound_channel_limit": null,
      "outbound_channel_limit": null,
      "onnet_t38_passthrough_enabled": false,
      "sip_region": "US",
      "sip_uri_calling_preference": "disabled",
      "sip_subdomain": "string",
      "sip_subdomain_receive_settings": "only_my_connections",
      "outbound_call_parking_enabled": false,
      "webhook_api_version": "1"
    }
    """;
}
