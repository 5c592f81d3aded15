using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using TelnyxMock.Common;

namespace TelnyxMock.Hosting;

/// <summary>
/// Most of a fresh process's first answers is one-time work: JIT compilation, EF Core's query compilation, the rule
/// sets. The warm-up does it once per process, on another core while the mock itself is being built: a private mock
/// (in memory, served through no socket, never seen by any user) answers a few typical requests. The mock awaits it
/// before it accepts its first request (<see cref="StartupTasks"/>), so that a health check that answers means the
/// first Telnyx request is fast too. It writes nothing to the mock's own store. <c>TelnyxMock:Warmup=false</c> turns
/// it off.
/// </summary>
public static class Warmup
{
    public const string Setting = MockOptions.Section + ":" + nameof(MockOptions.Warmup);

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(15);

    /// <summary>The typical first requests: each warms what its kind of request runs (list, create, read, change, delete).</summary>
    private static readonly (string Method, string Path, string Query, string? Body)[] Requests =
    [
        ("GET", "/v2/ip_connections", "?page[size]=1", null),
        ("POST", "/v2/ip_connections", "", """{"connection_name":"warm-up","transport_protocol":"UDP","inbound":{"sip_region":"Europe","codecs":["G722"]},"rtcp_settings":{"port":"rtcp-mux"}}"""),
        ("GET", "/v2/ip_connections/{id}", "", null),
        ("PATCH", "/v2/ip_connections/{id}", "", """{"active":false}"""),
        ("GET", "/v2/connections", "?page[size]=1&filter[connection_name][contains]=warm", null),
        ("DELETE", "/v2/ip_connections/{id}", "", null),
        ("GET", "/security/connections", "?per_page=1", null),
    ];

    private static Task? running;

    /// <summary>Starts the warm-up when the settings want one (the default), once per process.</summary>
    public static void StartIfWanted(IConfiguration configuration)
    {
        if (configuration.GetValue(Setting, defaultValue: true))
        {
            LazyInitializer.EnsureInitialized(ref running, () => Task.Run(RunAsync));
        }
    }

    /// <summary>Waits for the warm-up when the settings want one; never throws (a failed warm-up only costs speed).</summary>
    public static async Task AwaitAsync(IConfiguration configuration, ILogger logger, CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(Setting, defaultValue: true) || Volatile.Read(ref running) is not { } warmup)
        {
            return;
        }

        try
        {
            await warmup.WaitAsync(Limit, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug(ex, "The warm-up did not finish; the first requests will be slower");
        }
    }

    private static Task RunAsync() => ServeAsync();

    /// <summary>Builds the private mock, sends it <see cref="Requests"/> and returns each request's status.</summary>
    internal static async Task<IReadOnlyList<(string Request, int Status)>> ServeAsync()
    {
        var server = new PipelineServer();
        var app = InProcessMock.Build(new Dictionary<string, string?> { [Setting] = "false" }, logging: null, server: server);
        var answered = new List<(string, int)>();
        try
        {
            await app.StartAsync();
            string? id = null;
            foreach (var (method, path, query, body) in Requests)
            {
                var (status, answer) = await server.SendAsync(method, path.Replace("{id}", id, StringComparison.Ordinal), query, body);
                answered.Add(($"{method} {path}{query}", status));
                if (id is null && status == StatusCodes.Status201Created)
                {
                    using var created = JsonDocument.Parse(answer);
                    id = created.RootElement.GetProperty("data").GetProperty("id").GetString();
                }
            }
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        return answered;
    }

    /// <summary>A server without a socket: it hands requests made in memory to the app's whole pipeline.</summary>
    internal sealed class PipelineServer : IServer
    {
        private Func<IFeatureCollection, Task>? process;

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull
        {
            process = async features =>
            {
                var context = application.CreateContext(features);
                Exception? failure = null;
                try
                {
                    await application.ProcessRequestAsync(context);
                }
                catch (Exception ex)
                {
                    failure = ex;
                    throw;
                }
                finally
                {
                    application.DisposeContext(context, failure);
                }
            };
            return Task.CompletedTask;
        }

        public async Task<(int Status, byte[] Body)> SendAsync(string method, string path, string query, string? body)
        {
            var headers = new HeaderDictionary { ["Authorization"] = "Bearer KEY_warmup", ["Host"] = "localhost" };
            var content = body is null ? Stream.Null : new MemoryStream(Encoding.UTF8.GetBytes(body));
            if (body is not null)
            {
                headers["Content-Type"] = "application/json";
                headers.ContentLength = content.Length;
            }

            using var answer = new MemoryStream();
            var response = new HttpResponseFeature();
            var features = new FeatureCollection();
            features.Set<IHttpRequestFeature>(new HttpRequestFeature { Method = method, Path = path, QueryString = query, Headers = headers, Body = content, Protocol = "HTTP/1.1", Scheme = "http" });
            features.Set<IHttpResponseFeature>(response);
            features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(answer));
            await process!(features);
            return (response.StatusCode, answer.ToArray());
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
