using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using TelnyxMock.Tests.V1;
using Xunit.Abstractions;

namespace TelnyxMock.Tests.Robustness;

/// <summary>Slow or abandoned clients neither block other clients nor hold the server's connections for long.</summary>
[Collection(RealServerCollection.Name)]
public sealed class SlowClientTests(ITestOutputHelper output)
{
    [Fact]
    public async Task AbandonedClients_DoNotBlockOthers_AndAreDisconnected()
    {
        using var database = new TempDatabase();
        using var mock = await MockProcess.StartAsync(database.Path, "--Kestrel:Limits:RequestHeadersTimeout=00:00:10");
        var sockets = new List<TcpClient>();
        try
        {
            // 20 clients stop half-way through their headers, 20 half-way through a declared body.
            for (var i = 0; i < 40; i++)
            {
                var socket = new TcpClient();
                await socket.ConnectAsync("127.0.0.1", mock.Port);
                var partial = i % 2 == 0
                    ? "POST /security/connections HTTP/1.1\r\nHost: x\r\nx-api-user: slow\r\n"
                    : "POST /security/connections HTTP/1.1\r\nHost: x\r\nx-api-user: slow\r\nx-api-token: t\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"connection_name\":";
                await socket.GetStream().WriteAsync(Encoding.ASCII.GetBytes(partial));
                sockets.Add(socket);
            }

            // Watched from now: a stalled client's socket closes when the server drops it.
            var dropping = Stopwatch.StartNew();
            var watched = sockets.Select(s => ClosedWithinAsync(s, TimeSpan.FromSeconds(40))).ToList();
            using var client = mock.Client(c => c.DefaultRequestHeaders.Add("Authorization", "Bearer fast"));
            for (var i = 0; i < 20; i++)
            {
                await client.CreateNamedAsync($"fast-{i}");
            }

            // Not blocked: the creates were served while the clients stalled mid-headers still held their connections
            // (the server drops those only after RequestHeadersTimeout). An order of events, not a speed (benchmarks/ has those).
            var headerStalls = watched.Where((_, i) => i % 2 == 0).ToList();
            output.WriteLine($"20 creates served in {dropping.Elapsed.TotalSeconds:0.00} s beside {sockets.Count} stalled clients, "
                + $"{headerStalls.Count(t => t.IsCompleted)} of the {headerStalls.Count} stalled mid-headers dropped by then");
            Assert.All(headerStalls, t => Assert.False(t.IsCompleted, "a client stalled mid-headers was dropped before the 20 creates were served: they waited for it"));

            // Kestrel drops a stalled header after RequestHeadersTimeout and a stalled body below its minimum data rate.
            var closed = await Task.WhenAll(watched);
            output.WriteLine($"{closed.Count(c => c)} of {sockets.Count} stalled clients disconnected by the server within {dropping.Elapsed.TotalSeconds:0.0} s");
            Assert.All(closed, Assert.True);

            using var slowAccount = mock.Client(c => { c.DefaultRequestHeaders.Add("x-api-user", "slow"); c.DefaultRequestHeaders.Add("x-api-token", "t"); });
            Assert.Empty(await slowAccount.ListAsync());
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
        }
    }

    private static async Task<bool> ClosedWithinAsync(TcpClient socket, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var read = await socket.GetStream().ReadAsync(buffer, timeout.Token);
                if (read == 0)
                {
                    return true;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
