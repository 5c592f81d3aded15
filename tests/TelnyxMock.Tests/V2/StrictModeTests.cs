namespace TelnyxMock.Tests.V2;

public sealed class StrictModeTests : IDisposable
{
    private readonly TelnyxMockApplication app = new(new Dictionary<string, string?> { ["TelnyxMock:Strict"] = "true" });

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Strict_UnknownFieldsAtAnyDepth_Return422NamingThem()
    {
        var response = await app.BearerClient().PostJsonAsync(V2Api.Path, """{"colour":"red","inbound":{"dns_number_format":"+e164"}}""");

        await response.Expect422Async("/colour", "/inbound/dns_number_format");
    }
}
