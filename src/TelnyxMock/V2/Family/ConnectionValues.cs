namespace TelnyxMock.V2;

/// <summary>
/// The values V1 and V2 connections share, in one place (the surfaces' own lists stay in V1Values and V2Values:
/// where Telnyx's pages list the same values in another order or another set, each surface keeps its own).
/// </summary>
public static class ConnectionValues
{
    public static readonly string[] DefaultCodecs = ["G722", "G711U", "G711A", "G729", "OPUS", "H.264"];
    public static readonly string[] AniOverrideTypes = ["always", "normal", "emergency"];
    public static readonly string[] RoutingMethods = ["sequential", "round-robin"];
    public static readonly string[] T38ReinviteSources = ["telnyx", "customer", "disabled", "passthru", "caller-passthru", "callee-passthru"];
    public static readonly string[] AniNumberFormats = ["+E.164", "E.164", "+E.164-national", "E.164-national"];
    public static readonly string[] RtcpPorts = ["rtcp-mux", "rtp+1"];
    public static readonly string[] DtmfTypes = ["RFC 2833", "Inband", "SIP INFO"];
    public static readonly string[] SipRegions = ["US", "Europe", "Australia"];
    public static readonly string[] SipSubdomainReceiveSettings = ["only_my_connections", "from_anyone"];
    public static readonly string[] WebhookApiVersions = ["1", "2"];
}
