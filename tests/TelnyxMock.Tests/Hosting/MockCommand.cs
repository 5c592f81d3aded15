using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TelnyxMock.Tests.Hosting;

/// <summary>
/// The mock's executable run as a user runs it: its own arguments, environment and working directory, none of the
/// test process's ASP.NET Core variables. Output is collected; <see cref="WaitForListeningAsync"/> reads the address
/// Kestrel reports.
/// </summary>
public sealed class MockCommand : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private MockCommand(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output { get { lock (output) { return output.ToString(); } } }

    public string Error { get { lock (error) { return error.ToString(); } } }

    public static MockCommand Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            // By default in the app's own folder, its content root, as the image starts it (WORKDIR /app).
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("DOTNET_URLS", StringComparison.OrdinalIgnoreCase) || k is "URLS" or "HTTP_PORTS" or "HTTPS_PORTS"
                     || k.StartsWith("TelnyxMock__", StringComparison.OrdinalIgnoreCase) || k.StartsWith("ConnectionStrings__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "TelnyxMock.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return new MockCommand(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>The addresses of Kestrel's "Now listening on:" lines, once it has printed them.</summary>
    public async Task<string[]> WaitForListeningAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            var text = Output;
            if (text.Contains("Application started", StringComparison.Ordinal))
            {
                return text.Split('\n').Select(l => l.Trim())
                    .Where(l => l.StartsWith("Now listening on: ", StringComparison.Ordinal))
                    .Select(l => l["Now listening on: ".Length..]).ToArray();
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"The mock exited with {process.ExitCode}: {Output}{Error}");
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The mock did not start within 60 s: {Output}{Error}");
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit(); // drains the redirected output
        return process.ExitCode;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }
}
