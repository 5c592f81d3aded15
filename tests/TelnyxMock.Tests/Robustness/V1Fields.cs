using static TelnyxMock.Tests.Robustness.FieldUnderTest;

namespace TelnyxMock.Tests.Robustness;

/// <summary>Every writable field of "Create a connection" (V1 seed page), with the ranges README "Differences" and the seed page give.</summary>
public static class V1Fields
{
    public static readonly FieldUnderTest[] All =
    [
        Text("/connection_name", 255),
        Bool("/active"),
        IntEnum("/dnis_number_format", 0, 1, 2),
        IntString("/timeout_1xx", 1, 20),
        IntString("/timeout_2xx", 1, 600),
        Enum("/ani_override_type", false, "always", "normal", "emergency"),
        Text("/ani_override", 64),
        Bool("/sip_compact_headers_enabled"),
        Enum("/transport_protocol", false, "UDP", "TCP"),
        Bool("/third_party_control_enabled"),
        Bool("/privacy_zone_enabled"),
        StringList("/codecs"),
        Bool("/prack_enabled"),
        Enum("/default_routing_method", true, "sequential", "round-robin"),
        Int("/default_primary_authorized_ip_id", 0, 0, nullable: true),
        Int("/default_secondary_authorized_ip_id", 0, 0, nullable: true),
        Int("/default_tertiary_authorized_ip_id", 0, 0, nullable: true),
        Enum("/anchorsite_override", false, "Latency", "Chicago, IL", "Ashburn, VA", "San Jose, CA", "Sydney, Australia",
            "Amsterdam, Netherlands", "London, UK", "Toronto, Canada", "Vancouver, Canada"),
        Enum("/encrypted_media", true, "SRTP", "ZRTP"),
        Bool("/instant_ringback_enabled"),
        Enum("/t38_reinvite_source", false, "telnyx", "customer", "disabled", "passthru", "caller-passthru", "callee-passthru"),
        Enum("/ani_number_format", false, "+E.164", "E.164", "+E.164-national", "E.164-national"),
        Bool("/isup_headers_enabled"),
        Bool("/encode_contact_header_enabled"),
        Bool("/inbound_generate_ringback_tone"),
        Bool("/outbound_generate_ringback_tone"),
        Bool("/rtcp_report_enabled"),
        Int("/rtcp_report_frequency_seconds", 5, 3000),
        Enum("/rtcp_port", false, "rtcp-mux", "rtp+1"),
        Enum("/dtmf_type", false, "RFC 2833", "Inband", "SIP INFO"),
        Country("/outbound_localization"),
        Int("/inbound_channel_limit", 0, int.MaxValue, nullable: true),
        Int("/outbound_channel_limit", 0, int.MaxValue, nullable: true),
        Enum("/sip_region", true, "US", "Europe", "Australia"),
        Enum("/sip_uri_calling_preference", false, "disabled", "unrestricted", "internal"),
        Text("/sip_subdomain", 63, nullable: true),
        Enum("/sip_subdomain_receive_settings", true, "only_my_connections", "from_anyone"),
        Bool("/outbound_call_parking_enabled"),
        Enum("/webhook_api_version", false, "1", "2"),
    ];
}
