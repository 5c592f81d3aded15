using System.Net.Http.Headers;
using DotNet.Testcontainers.Containers;
using TelnyxMock.Testing;

namespace TelnyxMock.Testcontainers;

/// <summary>A started TelnyxMock container: its addresses, clients for its Telnyx API and the typed client of its control API.</summary>
public sealed class TelnyxMockContainer(TelnyxMockConfiguration configuration) : DockerContainer(configuration)
{
    private HttpClient? controlHttp;
    private TelnyxMockControl? control;

    /// <summary>The mock's root as the host reaches it, e.g. <c>http://127.0.0.1:32768/</c>.</summary>
    public Uri GetBaseAddress() => new UriBuilder(Uri.UriSchemeHttp, Hostname, GetMappedPublicPort(TelnyxMockBuilder.TelnyxMockPort)).Uri;

    /// <summary>What the SDKs take as their base URL (<c>TELNYX_BASE_URL</c>): <c>…/v2</c>.</summary>
    public Uri GetV2BaseAddress() => new(GetBaseAddress(), "v2");

    /// <summary>The typed client of the control API (<c>/_mock</c>), with the admin token when one is set.</summary>
    public TelnyxMockControl Control
    {
        get
        {
            if (control is null)
            {
                controlHttp = new HttpClient { BaseAddress = GetBaseAddress() };
                if (configuration.AdminToken is { } token)
                {
                    controlHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }

                control = new TelnyxMockControl(controlHttp);
            }

            return control;
        }
    }

    /// <summary>An <see cref="HttpClient"/> on <see cref="GetBaseAddress"/> sending <c>Authorization: Bearer apiKey</c>.</summary>
    public HttpClient CreateClient(string apiKey = "KEY_test")
    {
        var client = new HttpClient { BaseAddress = GetBaseAddress() };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }

    /// <inheritdoc />
    protected override ValueTask DisposeAsyncCore()
    {
        controlHttp?.Dispose();
        return base.DisposeAsyncCore();
    }
}
