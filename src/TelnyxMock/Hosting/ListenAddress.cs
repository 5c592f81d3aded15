using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;

namespace TelnyxMock.Hosting;

/// <summary>
/// Where the mock listens. Nothing is written in <c>appsettings.json</c>, because a file setting would outrank
/// <c>ASPNETCORE_URLS</c> (the container's address): with no address configured by <c>--urls</c>, <c>URLS</c>,
/// <c>Urls</c>, <c>ASPNETCORE_URLS</c> or <c>ASPNETCORE_HTTP_PORTS</c>, the mock takes <see cref="DefaultUrl"/>.
/// </summary>
public static partial class ListenAddress
{
    public const int DefaultPort = 12111;
    public const string DefaultUrl = "http://localhost:12111";

    /// <summary>Applies the default address, or the <c>--port</c> of the command line to the configured hosts.</summary>
    public static void Configure(WebApplicationBuilder builder, int? port)
    {
        var configured = Configured(builder.Configuration);
        if (configured is null && port is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
            return;
        }

        if (port is { } newPort)
        {
            var urls = (configured ?? DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            builder.WebHost.UseUrls(string.Join(';', urls.Select(url => WithPort(url, newPort))));
            // The ports settings would otherwise be named "overridden" in a start-up warning.
            builder.WebHost.UseSetting(WebHostDefaults.HttpPortsKey, string.Empty);
            builder.WebHost.UseSetting(WebHostDefaults.HttpsPortsKey, string.Empty);
        }
    }

    /// <summary>The addresses configured by any of ASP.NET Core's settings, as one <c>urls</c> value; null for none.</summary>
    private static string? Configured(IConfiguration configuration)
    {
        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        if (!string.IsNullOrWhiteSpace(urls))
        {
            return urls;
        }

        var ports = (configuration[WebHostDefaults.HttpPortsKey] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"http://*:{p}")
            .Concat((configuration[WebHostDefaults.HttpsPortsKey] ?? string.Empty)
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => $"https://*:{p}"))
            .ToList();
        return ports.Count == 0 ? null : string.Join(';', ports);
    }

    private static string WithPort(string url, int port)
    {
        // "http://+:12111" and "http://*:12111" are not URIs System.Uri accepts, so the port is replaced as text.
        var match = UrlPattern().Match(url);
        if (!match.Success)
        {
            return url;
        }

        // Kestrel takes "any free port" (0) on an IP address only, not on "localhost".
        var head = port == 0 ? match.Groups["head"].Value.Replace("://localhost", "://127.0.0.1", StringComparison.OrdinalIgnoreCase) : match.Groups["head"].Value;
        return $"{head}:{port}{match.Groups["tail"].Value}";
    }

    /// <summary>
    /// The one line printed when Kestrel cannot bind because the port is taken, naming the port and the settings that
    /// choose another; null when the failure is something else.
    /// </summary>
    public static string? DescribeBindFailure(Exception exception)
    {
        if (exception is not IOException io || !IsAddressInUse(io))
        {
            return null;
        }

        var address = BoundAddress().Match(io.Message);
        var url = address.Success ? address.Groups["url"].Value : "the configured address";
        var port = address.Success ? UrlPattern().Match(url).Groups["port"].Value : "?";
        return $"TelnyxMock cannot listen on {url}: port {port} is already in use. Stop what uses it, or choose another port " +
               "with --port <number>, --urls http://localhost:<number> or the ASPNETCORE_URLS environment variable.";
    }

    private static bool IsAddressInUse(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is AddressInUseException || e is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.AddressAlreadyInUse })
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?<head>[a-zA-Z]+://(\[[^\]]*\]|[^:/\[]+))(:(?<port>\d+))?(?<tail>/.*)?$")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"address (?<url>\S+?):? address already in use")]
    private static partial Regex BoundAddress();
}
