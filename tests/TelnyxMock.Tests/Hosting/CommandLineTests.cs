using TelnyxMock.Hosting;

namespace TelnyxMock.Tests.Hosting;

public sealed class CommandLineTests
{
    private static (CommandLine? Result, int Exit, string Output, string Error) Parse(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var result = CommandLine.Parse(args, output, error, out var exit);
        return (result, exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void ShortOptions_BecomeTheirSettings()
    {
        var (result, _, _, _) = Parse("--db", "data.db", "--fixtures", "f.json", "--strict", "--quiet");

        Assert.NotNull(result);
        Assert.Equal(["--ConnectionStrings:TelnyxMock=Data Source=data.db", "--TelnyxMock:FixturesFile=f.json",
            "--TelnyxMock:Strict=true", "--TelnyxMock:Quiet=true"], result.ConfigurationArgs);
    }

    [Fact]
    public void InMemory_IsAMemoryDatabase_AndPortIsKept()
    {
        var (result, _, _, _) = Parse("--in-memory", "--port=0");

        Assert.Equal(["--ConnectionStrings:TelnyxMock=Data Source=:memory:"], result!.ConfigurationArgs);
        Assert.Equal(0, result.Port);
    }

    [Fact]
    public void Postgres_SelectsThePostgresStore_WithItsConnectionString()
    {
        var (result, _, _, _) = Parse("--postgres", "Host=db;Username=u;Database=telnyxmock", "--port", "0");

        Assert.Equal(["--TelnyxMock:Store=postgres", "--ConnectionStrings:TelnyxMock=Host=db;Username=u;Database=telnyxmock"], result!.ConfigurationArgs);
    }

    [Fact]
    public void Settings_PassThroughUnchanged()
    {
        var (result, _, _, _) = Parse("--urls", "http://0.0.0.0:1", "--TelnyxMock:AdminToken", "t", "--Logging:LogLevel:Default=Debug");

        Assert.Equal(["--urls", "http://0.0.0.0:1", "--TelnyxMock:AdminToken", "t", "--Logging:LogLevel:Default=Debug"], result!.ConfigurationArgs);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "abc")]
    [InlineData("--port")]
    [InlineData("--db")]
    [InlineData("--fixtures")]
    [InlineData("--db", "a.db", "--in-memory")]
    [InlineData("--postgres")]
    [InlineData("--in-memory", "--postgres", "Host=db")]
    [InlineData("--prot", "9000")]
    [InlineData("-x")]
    public void MisusedOptions_ExitWith2AndOneLine(params string[] args)
    {
        var (result, exit, _, error) = Parse(args);

        Assert.Null(result);
        Assert.Equal(2, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("telnyxmock: ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_PrintsEveryOption_AndExits0(string flag)
    {
        var (result, exit, output, _) = Parse(flag);

        Assert.Null(result);
        Assert.Equal(0, exit);
        foreach (var option in new[] { "--port", "--urls", "--db", "--in-memory", "--postgres", "--fixtures", "--strict", "--quiet", "--version", "--help" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

    /// <summary>--help described only two resources; it names every collection the app serves, and the commands.</summary>
    [Fact]
    public void Help_NamesEveryCollectionTheAppServes_AndTheCommands()
    {
        var (_, _, output, _) = Parse("--help");

        var collections = Coverage.MockModel.Telnyx.Select(e => e.Route.Split("/{")[0]).Where(r => r.Split('/').Length <= 3).Distinct().ToList();
        Assert.NotEmpty(collections);
        Assert.All(collections, c => Assert.Contains(c, output, StringComparison.Ordinal));
        Assert.Contains("telnyxmock probe", output, StringComparison.Ordinal);
        Assert.Contains("telnyxmock export-openapi", output, StringComparison.Ordinal);
    }

    /// <summary>A stray word (a bare port, a subcommand that does not exist) was passed on silently and ignored.</summary>
    [Theory]
    [InlineData("12457", "--port 12457")]
    [InlineData("serve", "--help")]
    public void AStrayArgument_IsAnError_WithAHint(string stray, string hint)
    {
        var (result, exit, _, error) = Parse("--in-memory", stray);

        Assert.Null(result);
        Assert.Equal(2, exit);
        Assert.Contains($"'{stray}'", error, StringComparison.Ordinal);
        Assert.Contains(hint, error, StringComparison.Ordinal);
    }

    /// <summary>--quiet hid Kestrel's one line naming the address, so a user of --port 0 could not tell where it listened.</summary>
    [Fact]
    public async Task Quiet_StillSaysWhereItListens_AndLogsNoRequests()
    {
        using var mock = MockCommand.Start(["--in-memory", "--port", "0", "--quiet"]);

        var addresses = await mock.WaitForListeningAsync();
        using var client = new HttpClient { BaseAddress = new Uri(addresses[0]) };
        await (await client.GetAsync("/_mock/health")).ExpectAsync(200);

        Assert.Contains("Now listening on: http://", mock.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("/_mock/health", mock.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFixturesFile_StopsStartUpWithOneMessage_NoStackTrace()
    {
        using var mock = MockCommand.Start(["--in-memory", "--port", "0", "--fixtures", "no-such-file.json"]);

        Assert.Equal(1, await mock.WaitForExitAsync());
        Assert.StartsWith("TelnyxMock could not start: The fixtures file", mock.Error, StringComparison.Ordinal);
        Assert.Contains("does not exist", mock.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", mock.Output + mock.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TelnyxMock could not start: TelnyxMock:Store must be 'sqlite' or 'postgres', got 'mysql'.", "--TelnyxMock:Store", "mysql")]
    [InlineData("TelnyxMock could not start: TelnyxMock:Store is 'postgres': set ConnectionStrings:TelnyxMock", "--TelnyxMock:Store", "postgres")]
    [InlineData("TelnyxMock could not start: Failed to connect to 127.0.0.1:1", "--postgres", "Host=127.0.0.1;Port=1;Username=u;Timeout=2")]
    public async Task AStoreThatCannotBeUsed_StopsStartUpWithOneMessage_NoStackTrace(string message, string option, string value)
    {
        using var mock = MockCommand.Start(["--port", "0", option, value]);

        Assert.Equal(1, await mock.WaitForExitAsync());
        Assert.StartsWith(message, mock.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", mock.Output + mock.Error, StringComparison.Ordinal);
    }
}
