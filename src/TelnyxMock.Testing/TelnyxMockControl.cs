using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TelnyxMock.Control;

namespace TelnyxMock.Testing;

/// <summary>
/// A typed client of TelnyxMock's control API (<c>/_mock</c>). <see cref="TelnyxMockServer.Control"/> is one; build
/// another over any <see cref="HttpClient"/> whose base address is a mock's root (a container, a shared mock), with
/// the admin token in its <c>Authorization</c> header when the mock has one.
/// </summary>
public sealed class TelnyxMockControl(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = TelnyxMock.Common.Json.ApiJson.CreateSerializerOptions();

    // Requests leave out what is not set: the control API refuses an explicit null where it takes a default.
    private static readonly JsonSerializerOptions Requests = new(Json) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary><c>GET /_mock/health</c>: the mock is up and its store answers.</summary>
    public Task<HealthResponse> HealthAsync(CancellationToken cancellationToken = default) =>
        SendAsync<HealthResponse>(HttpMethod.Get, "_mock/health", null, cancellationToken);

    /// <summary>
    /// <c>POST /_mock/reset</c>: every account's data, journal and fault rules, and the clock back to real time; or only
    /// <paramref name="account"/>'s data, journal entries and fault rules.
    /// </summary>
    public Task<ResetResponse> ResetAsync(string? account = null, CancellationToken cancellationToken = default) =>
        ResetAsync(new ResetRequest { Account = account }, cancellationToken);

    /// <summary><c>POST /_mock/reset</c> choosing what goes (data, journal, faults, clock).</summary>
    public Task<ResetResponse> ResetAsync(ResetRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<ResetResponse>(HttpMethod.Post, "_mock/reset", JsonContent(request), cancellationToken);

    /// <summary>
    /// <c>POST /_mock/fixtures</c>: a JSON string, or an object serialised as it is. All or nothing: a refused document
    /// throws <see cref="TelnyxMockControlException"/> whose message lists every error with its JSON pointer.
    /// </summary>
    public Task<FixturesResponse> LoadFixturesAsync(object fixtures, CancellationToken cancellationToken = default) =>
        LoadFixturesAsync(fixtures, account: null, cancellationToken);

    /// <summary>
    /// <c>POST /_mock/fixtures?account=…</c>: as <see cref="LoadFixturesAsync(object, CancellationToken)"/>, the sets that
    /// name no <c>account</c> of their own belonging to <paramref name="account"/>.
    /// </summary>
    public Task<FixturesResponse> LoadFixturesAsync(object fixtures, string? account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fixtures);
        var json = fixtures as string ?? JsonSerializer.Serialize(fixtures, fixtures.GetType());
        var path = account is null ? "_mock/fixtures" : $"_mock/fixtures?account={Uri.EscapeDataString(account)}";
        return SendAsync<FixturesResponse>(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json"), cancellationToken);
    }

    /// <summary><c>POST /_mock/faults</c>: adds a rule that fails (or delays) matching requests.</summary>
    public Task<FaultRuleResponse> AddFaultAsync(FaultRuleRequest rule, CancellationToken cancellationToken = default) =>
        SendAsync<FaultRuleResponse>(HttpMethod.Post, "_mock/faults", JsonContent(rule), cancellationToken);

    /// <summary><c>GET /_mock/faults</c>: the rules, with how often each has fired.</summary>
    public async Task<IReadOnlyList<FaultRuleResponse>> ListFaultsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync<List<FaultRuleResponse>>(HttpMethod.Get, "_mock/faults", null, cancellationToken).ConfigureAwait(false);

    /// <summary><c>DELETE /_mock/faults/{id}</c>: false when there is no such rule.</summary>
    public async Task<bool> RemoveFaultAsync(long id, CancellationToken cancellationToken = default)
    {
        using var response = await http.DeleteAsync($"_mock/faults/{id}", cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary><c>DELETE /_mock/faults</c>: removes every rule; returns how many there were.</summary>
    public async Task<int> ClearFaultsAsync(CancellationToken cancellationToken = default) =>
        (await SendAsync<ClearedResponse>(HttpMethod.Delete, "_mock/faults", null, cancellationToken).ConfigureAwait(false)).Cleared;

    /// <summary><c>GET /_mock/requests</c>: the journal, newest first, filtered by method, path prefix and account.</summary>
    public Task<JournalResponse> GetRequestsAsync(string? method = null, string? path = null, string? account = null, CancellationToken cancellationToken = default)
    {
        var query = string.Join('&', new[] { ("method", method), ("path", path), ("account", account) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
        return SendAsync<JournalResponse>(HttpMethod.Get, query.Length == 0 ? "_mock/requests" : $"_mock/requests?{query}", null, cancellationToken);
    }

    /// <summary><c>DELETE /_mock/requests</c>: empties the journal; returns how many entries it held.</summary>
    public async Task<int> ClearRequestsAsync(CancellationToken cancellationToken = default) =>
        (await SendAsync<ClearedResponse>(HttpMethod.Delete, "_mock/requests", null, cancellationToken).ConfigureAwait(false)).Cleared;

    /// <summary><c>GET /_mock/clock</c>: the mock's time, its offset from real time, and whether it follows real time.</summary>
    public Task<ClockResponse> GetClockAsync(CancellationToken cancellationToken = default) =>
        SendAsync<ClockResponse>(HttpMethod.Get, "_mock/clock", null, cancellationToken);

    /// <summary>
    /// <c>POST /_mock/clock {"advance": …}</c>: moves the mock's clock forward by <paramref name="duration"/> (positive);
    /// resources created or changed from then on carry the later time.
    /// </summary>
    public Task<ClockResponse> AdvanceClockAsync(TimeSpan duration, CancellationToken cancellationToken = default) =>
        ChangeClockAsync(ClockRequest.AdvanceBy(duration), cancellationToken);

    /// <summary><c>POST /_mock/clock {"set": …}</c>: puts the mock's clock at <paramref name="instant"/>, past or future; it runs on from there.</summary>
    public Task<ClockResponse> SetClockAsync(DateTimeOffset instant, CancellationToken cancellationToken = default) =>
        ChangeClockAsync(ClockRequest.SetTo(instant), cancellationToken);

    /// <summary><c>POST /_mock/clock {"real": true}</c>: the mock's clock follows real time again (as after a reset of every account).</summary>
    public Task<ClockResponse> UseRealTimeAsync(CancellationToken cancellationToken = default) =>
        ChangeClockAsync(ClockRequest.RealTime, cancellationToken);

    private Task<ClockResponse> ChangeClockAsync(ClockRequest request, CancellationToken cancellationToken) =>
        SendAsync<ClockResponse>(HttpMethod.Post, "_mock/clock", JsonContent(request), cancellationToken);

    private static JsonContent JsonContent<T>(T value) => System.Net.Http.Json.JsonContent.Create(value, options: Requests);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken).ConfigureAwait(false)
            ?? throw new TelnyxMockControlException(response.StatusCode, $"{method} /{path} answered an empty body.");
    }

    /// <summary>One line per error of a Telnyx-style error body ("pointer: detail"); any other body as it is.</summary>
    private static string Describe(string body)
    {
        try
        {
            if (System.Text.Json.Nodes.JsonNode.Parse(body)?["errors"] is System.Text.Json.Nodes.JsonArray errors)
            {
                return string.Concat(errors.Select(e => $"{Environment.NewLine}  {e?["source"]?["pointer"]?.GetValue<string>() ?? "/"}: {e?["detail"]?.GetValue<string>()}"));
            }
        }
        catch (JsonException)
        {
        }

        return " " + body;
    }

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new TelnyxMockControlException(response.StatusCode,
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} answered {(int)response.StatusCode}:{Describe(body)}");
        }
    }
}

/// <summary>The control API refused a request; the message carries its status and body (every error it listed).</summary>
public sealed class TelnyxMockControlException(HttpStatusCode status, string message) : Exception(message)
{
    /// <summary>The status the control API answered.</summary>
    public HttpStatusCode Status { get; } = status;
}
