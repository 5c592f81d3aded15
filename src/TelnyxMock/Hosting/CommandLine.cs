using System.Globalization;
using System.Reflection;

namespace TelnyxMock.Hosting;

/// <summary>
/// The command line of <c>telnyxmock</c> (the .NET tool), the image and <c>dotnet run</c>: a few short options, turned
/// into the configuration keys they stand for, beside every standard ASP.NET Core setting (<c>--urls</c>,
/// <c>--TelnyxMock:AdminToken=...</c>), which pass through unchanged.
/// </summary>
public sealed record CommandLine(string[] ConfigurationArgs, int? Port)
{
    public const string Usage = """
        Usage: telnyxmock [options] [--<Setting> <value> ...]
               telnyxmock probe <url>            exit 0 when <url> answers 2xx (the image's health check)
               telnyxmock export-openapi [dir]   write the OpenAPI documents the mock serves

        A stateful emulator of Telnyx's connection APIs and what hangs on them, with a control API under /_mock
        (health, reset, fixtures, requests, faults, clock) and Swagger UI at /swagger. It serves:
          V1  /security/connections
          V2  /v2/ip_connections, /v2/ips, /v2/credential_connections, /v2/fqdn_connections, /v2/fqdns,
              /v2/connections, /v2/outbound_voice_profiles, /v2/available_phone_numbers, /v2/number_orders,
              /v2/phone_numbers (+ /voice), /v2/telephony_credentials (+ /{id}/token)

        Options:
          --port <number>      Listen on this port (default 12111, on localhost unless --urls says otherwise; 0 = any free port).
          --urls <urls>        Listen on these addresses, e.g. http://0.0.0.0:12111 (also ASPNETCORE_URLS).
          --db <file>          Keep the data in this SQLite file (default telnyxmock.db in the working directory).
          --in-memory          Keep the data in memory only; it is gone when the mock stops.
          --postgres <conn>    Keep the data in PostgreSQL (an Npgsql connection string), shared by every replica using it.
          --fixtures <file>    Load this fixtures file at start-up (see the README's "Fixtures").
          --strict             Reject unknown body fields instead of ignoring them as Telnyx does.
          --quiet              No per-request log lines, only warnings, errors and where it listens.
          --version            Print the version and exit.
          -h, --help           Print this help and exit.

        Every setting of the README's "Settings" table is also taken as --<Setting> <value>, for example
        --TelnyxMock:AdminToken secret or --TelnyxMock:MaxBodyBytes 1048576, and from environment variables
        (TelnyxMock__AdminToken=secret).
        """;

    // Settings ASP.NET Core reads by a name without a section. Any other option written without "=value" must have a
    // "Section:Key" name, so a mistyped flag (--prot 9000) is an error rather than a setting nobody reads.
    private static readonly HashSet<string> HostSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "http_ports", "https_ports", "environment", "contentRoot", "applicationName", "AllowedHosts",
        "shutdownTimeoutSeconds", "hostingStartupAssemblies", "hostingStartupExcludeAssemblies", "preventHostingStartup",
    };

    /// <summary>
    /// Parses <paramref name="args"/>. Returns null when the process should exit with <paramref name="exitCode"/>
    /// instead of serving: after <c>--help</c> or <c>--version</c> (0), or a usage error, printed as one line (2).
    /// </summary>
    public static CommandLine? Parse(string[] args, TextWriter output, TextWriter error, out int exitCode)
    {
        exitCode = 0;
        var passThrough = new List<string>();
        var settings = new List<(string Key, string Value)>();
        int? port = null;
        string? store = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            var (name, inline) = Split(arg);
            string? Value()
            {
                if (inline is not null)
                {
                    return inline;
                }

                return i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null;
            }

            switch (name)
            {
                case "-h" or "--help" or "-?":
                    output.WriteLine(Usage);
                    return null;
                case "--version":
                    output.WriteLine(Version);
                    return null;
                case "--port":
                    var text = Value();
                    if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 65535)
                    {
                        return Fail(error, $"--port needs a port number from 0 to 65535, got '{text}'.", out exitCode);
                    }

                    port = number;
                    break;
                case "--db" or "--in-memory" or "--postgres":
                    if (store is not null)
                    {
                        return Fail(error, $"{name} and {store} cannot be used together: the data is in one store (a file, memory or PostgreSQL).", out exitCode);
                    }

                    store = name;
                    if (name == "--postgres")
                    {
                        var connection = Value();
                        if (string.IsNullOrWhiteSpace(connection))
                        {
                            return Fail(error, "--postgres needs an Npgsql connection string, e.g. --postgres \"Host=db;Username=telnyxmock;Password=secret;Database=telnyxmock\".", out exitCode);
                        }

                        settings.Add(("TelnyxMock:Store", "postgres"));
                        settings.Add(("ConnectionStrings:TelnyxMock", connection));
                        break;
                    }

                    var file = name == "--in-memory" ? ":memory:" : Value();
                    if (string.IsNullOrWhiteSpace(file))
                    {
                        return Fail(error, "--db needs a file name, e.g. --db telnyxmock.db.", out exitCode);
                    }

                    settings.Add(("ConnectionStrings:TelnyxMock", $"Data Source={file}"));
                    break;
                case "--fixtures":
                    var fixtures = Value();
                    if (string.IsNullOrWhiteSpace(fixtures))
                    {
                        return Fail(error, "--fixtures needs a file name, e.g. --fixtures fixtures.json.", out exitCode);
                    }

                    settings.Add(("TelnyxMock:FixturesFile", fixtures));
                    break;
                case "--strict":
                    settings.Add(("TelnyxMock:Strict", "true"));
                    break;
                case "--quiet":
                    settings.Add(("TelnyxMock:Quiet", "true"));
                    break;
                default:
                    if (!name.StartsWith('-'))
                    {
                        return Fail(error, int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                            ? $"Unexpected argument '{name}': to listen on that port, write --port {name}."
                            : $"Unexpected argument '{name}': telnyxmock takes options (and the commands {OpenApiExport.Command} and {Probe.Command}). Run with --help for them.", out exitCode);
                    }

                    if (inline is null && !IsSetting(name))
                    {
                        return Fail(error, $"Unknown option '{name}'. Run with --help for the options; settings are written --Section:Key value.", out exitCode);
                    }

                    passThrough.Add(arg);
                    if (name.StartsWith('-') && inline is null && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        passThrough.Add(args[++i]);
                    }

                    break;
            }
        }

        // The short options come last, so they win over the same setting written out in full.
        passThrough.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        return new CommandLine([.. passThrough], port);
    }

    public static string Version =>
        typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";

    private static (string Name, string? Inline) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith('-') && equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static bool IsSetting(string name)
    {
        var key = name.TrimStart('-', '/');
        return name.StartsWith("--", StringComparison.Ordinal) && (key.Contains(':', StringComparison.Ordinal) || HostSettings.Contains(key));
    }

    private static CommandLine? Fail(TextWriter error, string message, out int exitCode)
    {
        error.WriteLine($"telnyxmock: {message}");
        exitCode = 2;
        return null;
    }
}
