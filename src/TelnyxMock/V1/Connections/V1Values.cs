namespace TelnyxMock.V1.Connections;

/// <summary>The V1 page's enums and constants, in one place.</summary>
public static class V1Values
{
    public const int AuthUnspecified = 1;
    public const int AuthIp = 2;
    public const int AuthCredential = 3;
    public static readonly int[] DnisNumberFormats = [0, 1, 2];
    public static readonly string[] TransportProtocols = ["UDP", "TLS", "TCP"];
    public static readonly string[] AnchorsiteOverrides =
    [
        "Latency", "Chicago, IL", "Ashburn, VA", "San Jose, CA", "Sydney, Australia",
        "Amsterdam, Netherlands", "London, UK", "Toronto, Canada", "Vancouver, Canada",
    ];

    public static readonly string[] EncryptedMedia = ["SRTP", "ZRTP"];
    public static readonly string[] SipUriCallingPreferences = ["disabled", "unrestricted", "internal"];

    public static readonly string[] OrderBy = ["created_at", "connection_name", "auth_type", "active"];
    public static readonly string[] SortDirections = ["reverse"];
    public static readonly string[] Modes = ["typeahead"];
}
