using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

/// <summary>
/// Turns a <see cref="TelnyxMockResource"/>'s settings into the mock's command line and environment (the README's
/// Settings), in one place for both ways it runs: a process on the AppHost's machine, or the image.
/// </summary>
internal static class TelnyxMockLaunch
{
    /// <summary>Where <c>WithFixtures</c> puts the file in the container.</summary>
    public const string ContainerFixturesDirectory = "/fixtures";

    /// <summary>The image's data directory, a volume after <c>WithDataVolume</c> (the Dockerfile's <c>VOLUME /data</c>).</summary>
    public const string ContainerDataDirectory = "/data";

    public static void Arguments(TelnyxMockResource mock, CommandLineArgsCallbackContext context)
    {
        // The image's entry point is the mock and it listens on 12111 itself; only a process needs to be told.
        if (mock.IsContainer())
        {
            return;
        }

        if (mock.AssemblyPath is not null)
        {
            context.Args.Add(mock.AssemblyPath);
        }

        // The port DCP chose behind its proxy, on the mock's default host (localhost).
        context.Args.Add("--port");
        context.Args.Add(mock.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
    }

    public static void Environment(TelnyxMockResource mock, EnvironmentCallbackContext context)
    {
        var env = context.EnvironmentVariables;
        var container = mock.IsContainer();

        // In memory unless asked otherwise, like a container without a volume: each run starts empty.
        env["ConnectionStrings__TelnyxMock"] = (container, mock.DataFile, mock.HasDataVolume) switch
        {
            (false, { } file, _) => $"Data Source={file}",
            (true, _, true) => $"Data Source={ContainerDataDirectory}/telnyxmock.db",
            _ => "Data Source=:memory:",
        };

        if (mock.FixturesFile is { } fixtures)
        {
            env["TelnyxMock__FixturesFile"] = container ? ContainerFixturesPath(fixtures) : fixtures;
        }

        if (mock.Strict)
        {
            env["TelnyxMock__Strict"] = "true";
        }

        if (mock.ApiKey is { } key)
        {
            // One account whose name is the key, as an unconfigured mock names accounts, so fixtures written for
            // "account": "<key>" load into it.
            env["TelnyxMock__Accounts__0__Name"] = key;
            env["TelnyxMock__Accounts__0__ApiKeys__0"] = key;
        }

        if (mock.AdminToken is { } token)
        {
            env["TelnyxMock__AdminToken"] = token;
        }

        if (mock.TokenSecret is { } secret)
        {
            env["TelnyxMock__TokenSecret"] = secret;
        }
    }

    public static string ContainerFixturesPath(string fixturesFile) =>
        $"{ContainerFixturesDirectory}/{Path.GetFileName(fixturesFile)}";
}
