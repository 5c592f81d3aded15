using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using TelnyxMock.Testing;

// Starts a TelnyxMockServer the way a test class does, N times in one process, and reports per start: StartAsync
// returning, then the first V2 create answering 201 (a cold endpoint's first request), then DisposeAsync. The first
// start pays the process's one-time JIT and EF model work and is reported apart from the median of the rest.
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 30;
var start = new List<double>();
var firstCall = new List<double>();
var dispose = new List<double>();
for (var i = 0; i < count; i++)
{
    var clock = Stopwatch.StartNew();
    var telnyx = await TelnyxMockServer.StartAsync();
    start.Add(clock.Elapsed.TotalMilliseconds);
    using (var client = new HttpClient { BaseAddress = telnyx.BaseUrl })
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "KEY_bench");
        using var response = await client.PostAsync("v2/ip_connections", new StringContent("""{"connection_name": "bench"}""", Encoding.UTF8, "application/json"));
        if ((int)response.StatusCode != 201)
        {
            throw new InvalidOperationException($"create answered {(int)response.StatusCode}");
        }
    }

    firstCall.Add(clock.Elapsed.TotalMilliseconds);
    var disposing = Stopwatch.StartNew();
    await telnyx.DisposeAsync();
    dispose.Add(disposing.Elapsed.TotalMilliseconds);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

Console.WriteLine($"first start in the process: StartAsync {start[0]:0} ms, first create answered at {firstCall[0]:0} ms");
Console.WriteLine($"starts 2..{count} (median): StartAsync {Median(start.Skip(1)):0.0} ms, first create answered at {Median(firstCall.Skip(1)):0.0} ms, DisposeAsync {Median(dispose.Skip(1)):0.0} ms");
Console.WriteLine($"starts 2..{count} (slowest): first create answered at {firstCall.Skip(1).Max():0.0} ms");
