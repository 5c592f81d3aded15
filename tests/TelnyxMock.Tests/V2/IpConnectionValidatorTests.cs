using FluentValidation.TestHelper;
using TelnyxMock.Common.Json;
using TelnyxMock.Hosting;
using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.Tests.V2;

/// <summary>The validators on their own, and the one place their property paths become JSON pointers.</summary>
public sealed class IpConnectionValidatorTests
{
    private readonly CreateIpConnectionRequestValidator validator = new();

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(120, false)]
    [InlineData(121, true)]
    public void Timeout1xxSecs_MustBeBetween1And120(int value, bool fails)
    {
        var result = validator.TestValidate(new CreateIpConnectionRequest { Inbound = new InboundRequest { Timeout1xxSecs = value } });

        Assert.Equal(fails, result.Errors.Any(e => e.PropertyName == "Inbound.Timeout1xxSecs"));
    }

    [Theory]
    [InlineData("1234", false)]
    [InlineData("", false)]
    [InlineData("123", true)]
    [InlineData("12345", true)]
    [InlineData("abcd", true)]
    [InlineData("１２３４", true)]
    public void TechPrefix_MustBeFourAsciiDigitsOrBlank(string value, bool fails)
    {
        var result = validator.TestValidate(new CreateIpConnectionRequest { Outbound = new OutboundRequest { TechPrefix = value } });

        Assert.Equal(fails, result.Errors.Any(e => e.PropertyName == "Outbound.TechPrefix"));
    }

    [Fact]
    public void EncryptedMediaWithTls_FailsOnEncryptedMedia()
    {
        var result = validator.TestValidate(new CreateIpConnectionRequest { TransportProtocol = "TLS", EncryptedMedia = "SRTP" });

        result.ShouldHaveValidationErrorFor(x => x.EncryptedMedia).WithErrorMessage("cannot be set when transport_protocol is TLS.");
    }

    [Fact]
    public void EmptyRequest_IsValid()
    {
        validator.TestValidate(new CreateIpConnectionRequest()).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [InlineData("Inbound.Timeout1xxSecs", "/inbound/timeout_1xx_secs")]
    [InlineData("Inbound.Timeout2xxSecs", "/inbound/timeout_2xx_secs")]
    [InlineData("Outbound.OutboundVoiceProfileId", "/outbound/outbound_voice_profile_id")]
    [InlineData("RtcpSettings.ReportFrequencySecs", "/rtcp_settings/report_frequency_secs")]
    [InlineData("JitterBuffer.JitterbufferMsecMin", "/jitter_buffer/jitterbuffer_msec_min")]
    [InlineData("Tags[2]", "/tags/2")]
    public void PropertyPaths_BecomeTelnyxPointers(string propertyPath, string pointer)
    {
        var binder = new BodyBinder(MockServices.CreateSerializerOptions());

        Assert.Equal(pointer, binder.ToPointer(typeof(CreateIpConnectionRequest), propertyPath));
    }

    [Theory]
    [InlineData("page[size]", "/page/size")]
    [InlineData("page[number]", "/page/number")]
    [InlineData("sort", "/sort")]
    [InlineData("filter[connection_name][contains]", "/filter/connection_name/contains")]
    [InlineData("filter[outbound.outbound_voice_profile_id]", "/filter/outbound.outbound_voice_profile_id")]
    public void QueryParameterNames_BecomePointers(string name, string pointer)
    {
        Assert.Equal(pointer, IpConnectionListOptions.ToPointer(name));
    }
}
