using System.Text.Json.Nodes;
using TelnyxMock.Resources;
using TelnyxMock.V2;
using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.Tests.V2;

/// <summary>The rules an IP connection's definition generates, on their own, and the one place their property paths become JSON pointers.</summary>
public sealed class IpConnectionFieldRuleTests
{
    private static readonly ResourceDefinition Definition = IpConnectionDefinition.Resource.Definition;

    private static List<string> FailedPaths(string json)
    {
        var bound = ShapeBinder.Bind(Definition.Shape, JsonNode.Parse(json)!.AsObject(), strict: true);
        Assert.Empty(bound.Errors);
        return ShapeValidator.For(Definition.Shape, creating: true).Validate(bound.Values).Errors.Select(e => e.PropertyName).ToList();
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(120, false)]
    [InlineData(121, true)]
    public void Timeout1xxSecs_MustBeBetween1And120(int value, bool fails)
    {
        Assert.Equal(fails, FailedPaths($$$"""{"inbound": {"timeout_1xx_secs": {{{value}}}}}""").Contains("inbound.timeout_1xx_secs"));
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
        Assert.Equal(fails, FailedPaths($$$"""{"outbound": {"tech_prefix": "{{{value}}}"}}""").Contains("outbound.tech_prefix"));
    }

    [Fact]
    public void EncryptedMediaWithTls_FailsOnEncryptedMedia_OfTheMergedResult()
    {
        var document = Definition.New(1, DateTime.UtcNow);
        Definition.Apply(document, ShapeBinder.Bind(Definition.Shape, JsonNode.Parse("""{"transport_protocol": "TLS", "encrypted_media": "SRTP"}""")!.AsObject(), true).Values);

        var failure = Assert.Single(Definition.Check(document));
        Assert.Equal("/encrypted_media", failure.Pointer);
        Assert.StartsWith("encrypted_media cannot be set when transport_protocol is TLS.", failure.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyRequest_IsValid()
    {
        Assert.Empty(FailedPaths("{}"));
    }

    [Theory]
    [InlineData("inbound.timeout_1xx_secs", "/inbound/timeout_1xx_secs")]
    [InlineData("outbound.outbound_voice_profile_id", "/outbound/outbound_voice_profile_id")]
    [InlineData("jitter_buffer.jitterbuffer_msec_min", "/jitter_buffer/jitterbuffer_msec_min")]
    [InlineData("tags[2]", "/tags/2")]
    [InlineData("inbound.codecs[0]", "/inbound/codecs/0")]
    public void PropertyPaths_BecomeTelnyxPointers(string propertyPath, string pointer)
    {
        Assert.Equal(pointer, ShapeValidator.ToPointer(propertyPath));
    }

    [Theory]
    [InlineData("page[size]", "/page/size")]
    [InlineData("page[number]", "/page/number")]
    [InlineData("sort", "/sort")]
    [InlineData("filter[connection_name][contains]", "/filter/connection_name/contains")]
    [InlineData("filter[outbound.outbound_voice_profile_id]", "/filter/outbound.outbound_voice_profile_id")]
    public void QueryParameterNames_BecomePointers(string name, string pointer)
    {
        Assert.Equal(pointer, V2ConnectionListOptions.ToPointer(name));
    }
}
