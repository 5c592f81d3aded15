using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using TelnyxMock.Common;
using TelnyxMock.Hosting;

namespace TelnyxMock.Testing;

/// <summary>
/// The real TelnyxMock, running inside the test process on 127.0.0.1 and a free port, with its own in-memory store:
/// <code>await using var telnyx = await TelnyxMockServer.StartAsync(o => o.Strict = true);</code>
/// Hand <see cref="V2BaseUrl"/> to an SDK or <see cref="HttpClient"/>; drive the mock through <see cref="Control"/>, and
/// its time through <see cref="Clock"/>.
/// Servers never share state, so one per test class (or per test) is fine.
/// </summary>
public sealed class TelnyxMockServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient controlHttp;

    private TelnyxMockServer(WebApplication app, Uri baseUrl, string? adminToken)
    {
        this.app = app;
        BaseUrl = baseUrl;
        V2BaseUrl = new Uri(baseUrl, "v2");
        controlHttp = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        if (!string.IsNullOrEmpty(adminToken))
        {
            controlHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        }

        Control = new TelnyxMockControl(controlHttp);
    }

    /// <summary>The server's root, <c>http://127.0.0.1:PORT/</c>: V1 is under <c>/security/connections</c>, Swagger UI at <c>/swagger</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Telnyx's V2 base URL on this mock, <c>http://127.0.0.1:PORT/v2</c> (an SDK's <c>TELNYX_BASE_URL</c>).</summary>
    public Uri V2BaseUrl { get; }

    /// <summary>The control API: reset, fixtures, fault rules, request journal, clock, health.</summary>
    public TelnyxMockControl Control { get; }

    /// <summary>
    /// The mock's clock, moved without a request: <c>telnyx.Clock.Advance(TimeSpan.FromDays(31))</c>, <c>Set(instant)</c>,
    /// <c>Reset()</c> (back to real time), <c>Now</c>. Timestamps and expiry follow it; a reset of every account
    /// (<c>Control.ResetAsync()</c>) returns it to real time. With a store shared with other replicas it changes only
    /// through <see cref="Control"/> (it throws <see cref="InvalidOperationException"/>), so that every replica follows.
    /// </summary>
    public MockClock Clock => app.Services.GetRequiredService<MockClock>();

    /// <summary>Starts a mock and waits until it answers; loads <see cref="TelnyxMockServerOptions.Fixtures"/> if given.</summary>
    public static async Task<TelnyxMockServer> StartAsync(Action<TelnyxMockServerOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var options = new TelnyxMockServerOptions();
        configure?.Invoke(options);
        var app = InProcessMock.Build(options.ToSettings(), options.Logging);
        TelnyxMockServer? server = null;
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server = new TelnyxMockServer(app, new Uri(address.TrimEnd('/') + "/"), options.AdminToken);
            if (options.Fixtures is not null)
            {
                await server.Control.LoadFixturesAsync(options.Fixtures, cancellationToken).ConfigureAwait(false);
            }

            return server;
        }
        catch
        {
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
            else
            {
                await app.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>An <see cref="HttpClient"/> on <see cref="BaseUrl"/> sending <c>Authorization: Bearer apiKey</c> (V2, and V1 too).</summary>
    public HttpClient CreateClient(string apiKey = "KEY_test")
    {
        var client = new HttpClient { BaseAddress = BaseUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    /// <summary>An <see cref="HttpClient"/> on <see cref="BaseUrl"/> with Telnyx's V1 <c>x-api-user</c> / <c>x-api-token</c> headers.</summary>
    public HttpClient CreateV1Client(string user, string token)
    {
        var client = new HttpClient { BaseAddress = BaseUrl };
        client.DefaultRequestHeaders.Add("x-api-user", user);
        client.DefaultRequestHeaders.Add("x-api-token", token);
        return client;
    }

    /// <summary>Stops the server and drops its in-memory data.</summary>
    public async ValueTask DisposeAsync()
    {
        controlHttp.Dispose();
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
