namespace TelnyxMock.Tests.V1;

public sealed class FixtureFileErrorTests
{
    [Theory]
    [InlineData("""{"account": "a", "v1_connections": [{"connection_name": "ok"}, {"connection_name": "x", "timeout_1xx": "99"}]}""", "/v1_connections/1/timeout_1xx")]
    [InlineData("""{"account": "a", "v1_connections": [{"connection_name": "x", "authorized_ips": [{"ip_address": "not-an-ip"}]}]}""", "/v1_connections/0/authorized_ips/0/ip_address")]
    [InlineData("""{"account": "a", "v1_connections": [{"connection_name": "x", "colour": "red"}]}""", "/v1_connections/0/colour")]
    [InlineData("""{"v1_connections": []}""", "/account")]
    [InlineData("""{"account": "a", "v2_things": []}""", "/v2_things")]
    [InlineData("""{"account": "a", "v1_connections": [{"id": "5", "connection_name": "x"}, {"id": "5", "connection_name": "y"}]}""", "/v1_connections/1/id")]
    [InlineData("""{"account": "a", "v1_connections": [{"connection_name": "x", "credentials": [{"user_name": "u"}], "authorized_ips": [{"ip_address": "192.0.2.1"}]}]}""", "/v1_connections/0/credentials")]
    public void Start_WithABadFixturesFile_FailsNamingTheEntryAndField(string document, string pointer)
    {
        var file = Path.Combine(Path.GetTempPath(), $"telnyxmock-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, document);
        try
        {
            using var app = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:FixturesFile"] = file });

            var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

            Assert.Contains(pointer + ":", Flatten(error));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Start_WithAMissingFixturesFile_FailsNamingIt()
    {
        using var app = new TelnyxMockApplication(new Dictionary<string, string?> { ["TelnyxMock:FixturesFile"] = "/nonexistent/fixtures.json" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("/nonexistent/fixtures.json", Flatten(error));
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join("\n", aggregate.Flatten().InnerExceptions.Select(e => e.ToString()))
            : error.ToString();
}
