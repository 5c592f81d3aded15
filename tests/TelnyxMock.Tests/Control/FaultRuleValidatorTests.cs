using FluentValidation.TestHelper;
using TelnyxMock.Control;

namespace TelnyxMock.Tests.Control;

public sealed class FaultRuleValidatorTests
{
    private readonly FaultRuleRequestValidator validator = new();

    [Fact]
    public void Rule_StatusOnly_IsValid() =>
        validator.TestValidate(new FaultRuleRequest { Path = "/security/connections", Status = 500 }).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Rule_DelayOnly_IsValid() =>
        validator.TestValidate(new FaultRuleRequest { Path = "/v2/*", DelayMs = 250 }).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Rule_NeitherStatusNorDelay_NeedsStatus() =>
        validator.TestValidate(new FaultRuleRequest { Path = "/x" }).ShouldHaveValidationErrorFor(r => r.Status);

    [Theory]
    [InlineData(399)]
    [InlineData(600)]
    public void Rule_StatusOutsideErrors_IsRejected(int status) =>
        validator.TestValidate(new FaultRuleRequest { Path = "/x", Status = status })
            .ShouldHaveValidationErrorFor(r => r.Status).WithErrorMessage($"must be between 400 and 599, got {status}.");

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void Rule_ProbabilityOutside0To1_IsRejected(double probability) =>
        validator.TestValidate(new FaultRuleRequest { Path = "/x", Status = 500, Probability = probability })
            .ShouldHaveValidationErrorFor(r => r.Probability);

    [Fact]
    public void Rule_PathWithoutLeadingSlash_IsRejected() =>
        validator.TestValidate(new FaultRuleRequest { Path = "v2/ip_connections", Status = 500 }).ShouldHaveValidationErrorFor(r => r.Path);

    [Fact]
    public void Rule_DelayOverAMinute_IsRejected() =>
        validator.TestValidate(new FaultRuleRequest { Path = "/x", DelayMs = 60001 }).ShouldHaveValidationErrorFor(r => r.DelayMs);

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
