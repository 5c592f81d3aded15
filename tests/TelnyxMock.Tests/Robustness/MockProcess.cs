using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TelnyxMock.Tests.Robustness;

/// <summary>
/// The mock as a real process on Kestrel (built beside the tests), for what the in-process test server
/// cannot show: concurrent sockets, slow clients, and a kill -9 in the middle of writes.
/// </summary>
public sealed class MockProcess : IDisposable
{
    private readonly Process process;

    private MockProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public static async Task<MockProcess> StartAsync(string databaseFile, params string[] settings)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "TelnyxMock.dll"), "--urls", $"http://127.0.0.1:{port}",
            $"--ConnectionStrings:TelnyxMock=Data Source={databaseFile}", "--TelnyxMock:Quiet=true",
        }.Concat(settings))
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var mock = new MockProcess(process, port);
        process.OutputDataReceived += (_, e) => mock.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => mock.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await mock.WaitUntilReadyAsync();
        return mock;
    }

    /// <summary>The last lines the process wrote (warnings and errors: it runs quiet), for a failing test's message.</summary>
    public string Output => string.Join(Environment.NewLine, output);

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> output = new();

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200)
        {
            output.TryDequeue(out _);
        }
    }

    public HttpClient Client(Action<HttpClient>? configure = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        configure?.Invoke(client);
        return client;
    }

    /// <summary>SIGKILL: no shutdown code runs, as when a CI runner or the OOM killer ends the process.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The mock exited with code {process.ExitCode} before it was ready.");
            }

            try
            {
                using var response = await client.GetAsync("/swagger/telnyx/swagger.json");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The mock did not answer within 60 seconds.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A temporary SQLite file (with its -wal and -shm companions), removed afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"telnyxmock-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
            }
        }
    }
}

/// <summary>Tests that start real server processes run one at a time, so their timings do not compete.</summary>
[CollectionDefinition(Name)]
public sealed class RealServerCollection
{
    public const string Name = "Real server processes";
}
