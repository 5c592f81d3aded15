using System.Text.Json.Nodes;
using TelnyxMock.Control;
using TelnyxMock.Resources;

namespace TelnyxMock.Tests.Control;

/// <summary>The fault rule body's rules, read through the one binder as the endpoint reads them.</summary>
public sealed class FaultRuleValidatorTests
{
    private static IReadOnlyList<string> Pointers(string json) =>
        ResourceWriter.ReadAll(ControlBodies.FaultRule, JsonNode.Parse(json)!.AsObject()).Failures.Select(f => f.Pointer).ToList();

    private static string Detail(string json, string pointer) =>
        ResourceWriter.ReadAll(ControlBodies.FaultRule, JsonNode.Parse(json)!.AsObject()).Failures.Single(f => f.Pointer == pointer).Detail;

    [Fact]
    public void Rule_StatusOnly_IsValid() => Assert.Empty(Pointers("""{"path": "/security/connections", "status": 500}"""));

    [Fact]
    public void Rule_DelayOnly_IsValid() => Assert.Empty(Pointers("""{"path": "/v2/*", "delay_ms": 250}"""));

    [Fact]
    public void Rule_NeitherStatusNorDelay_NeedsStatus() =>
        Assert.Equal(["/status"], Pointers("""{"path": "/x"}"""));

    [Fact]
    public void Rule_ZeroDelayWithoutStatus_NeedsStatus() =>
        Assert.Equal(["/status"], Pointers("""{"path": "/x", "delay_ms": 0}"""));

    [Theory]
    [InlineData(399)]
    [InlineData(600)]
    public void Rule_StatusOutsideErrors_IsRejected(int status) =>
        Assert.Equal($"status must be between 400 and 599, got {status}.", Detail($$"""{"path": "/x", "status": {{status}}}""", "/status"));

    [Theory]
    [InlineData("-0.1")]
    [InlineData("1.01")]
    public void Rule_ProbabilityOutside0To1_IsRejected(string probability) =>
        Assert.Equal($"probability must be between 0 and 1, got {probability}.", Detail($$"""{"path": "/x", "status": 500, "probability": {{probability}}}""", "/probability"));

    [Fact]
    public void Rule_ProbabilityNotANumber_IsATypeError() =>
        Assert.Equal("probability must be a number between 0 and 1, got a string.", Detail("""{"path": "/x", "status": 500, "probability": "0.5"}""", "/probability"));

    [Fact]
    public void Rule_PathWithoutLeadingSlash_IsRejected() =>
        Assert.Equal(["/path"], Pointers("""{"path": "v2/ip_connections", "status": 500}"""));

    [Fact]
    public void Rule_MethodInAnyCase_IsValid() => Assert.Empty(Pointers("""{"path": "/x", "status": 500, "method": "patch"}"""));

    [Fact]
    public void Rule_DelayOverAMinute_IsRejected() =>
        Assert.Equal(["/delay_ms"], Pointers("""{"path": "/x", "delay_ms": 60001}"""));

    [Fact]
    public void Rule_EveryBadFieldAtOnce_OneEntryEach() =>
        Assert.Equal(["/method", "/status", "/times", "/unknown"], Pointers("""{"path": "/x", "method": "BREW", "status": 42, "times": 0, "unknown": 1}""").Order());

    [Theory]
    [InlineData("/v2/ip_connections*", "/v2/ip_connections", true)]
    [InlineData("/v2/ip_connections*", "/v2/ip_connections/123", true)]
    [InlineData("/v2/ip_connections/?", "/v2/ip_connections/1", true)]
    [InlineData("/v2/ip_connections/?", "/v2/ip_connections/12", false)]
    [InlineData("/security/connections", "/security/connections/1", false)]
    [InlineData("/a.b", "/aXb", false)]
    public void Glob_MatchesTheWholePath(string pattern, string path, bool matches) =>
        Assert.Equal(matches, FaultRule.Glob(pattern).IsMatch(path));
}
