using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.Resources;

/// <summary>The shapes every V2 connection type shares: RTCP settings, jitter buffer, noise suppression details.</summary>
public static class ConnectionShapes
{
    public static readonly ShapeSpec RtcpSettings = new("ConnectionRtcpSettings",
    [
        F.Bool("capture_enabled", false),
        F.Enum("port", ConnectionValues.RtcpPorts, "rtp+1"),
        F.Int("report_frequency_secs", 5, 3000, 5),
    ]);

    public static readonly ShapeSpec JitterBuffer = new("ConnectionJitterBuffer",
    [
        F.Bool("enable_jitter_buffer", false),
        F.Int("jitterbuffer_msec_max", 40, 400, 200),
        F.Int("jitterbuffer_msec_min", 40, 400, 60).Described("At most jitterbuffer_msec_max."),
    ]);

    public static readonly ShapeSpec NoiseSuppressionDetails = new("ConnectionNoiseSuppressionDetails",
    [
        F.Int("attenuation_limit", 0, 100, 100) with { MultipleOf = 10 },
        F.Enum("engine", V2Values.NoiseSuppressionEngines, "denoiser"),
    ]);
}
