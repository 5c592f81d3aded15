namespace TelnyxMock.V2;

/// <summary>The enums and defaults of the V2 IP-connection pages and reference schemas, in one place.</summary>
public static class V2Values
{
    public const string RecordType = "ip_connection";
    public static readonly string[] AnchorsiteOverrides =
    [
        "Latency", "Chicago, IL", "Ashburn, VA", "San Jose, CA", "Sydney, Australia", "Amsterdam, Netherlands",
        "London, UK", "Toronto, Canada", "Vancouver, Canada", "Frankfurt, Germany",
    ];

    public static readonly string[] TransportProtocols = ["UDP", "TCP", "TLS"];
    public static readonly string[] EncryptedMedia = ["SRTP"];
    public static readonly string[] NoiseSuppression = ["inbound", "outbound", "both", "disabled"];
    public static readonly string[] NoiseSuppressionEngines =
    [
        "denoiser", "deep_filter_net", "deep_filter_net_large", "krisp_viva_tel", "krisp_viva_tel_lite",
        "krisp_viva_promodel", "krisp_viva_ss", "quail_voice_focus",
    ];
    public static readonly string[] DnisNumberFormats = ["+e164", "e164", "national", "sip_username"];
    public static readonly string[] IpAuthenticationMethods = ["tech-prefixp-charge-info", "token"];

    public static readonly string[] Sorts = ["created_at", "-created_at", "connection_name", "-connection_name", "active", "-active"];
}
