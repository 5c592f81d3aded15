using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using TelnyxMock.Testcontainers;

namespace TelnyxContainer.Tests;

/// <summary>One TelnyxMock container for the class, started from the image the way a user's suite starts it.</summary>
public sealed class TelnyxMockFixture : IAsyncLifetime
{
    /// <summary>The image under test: run.sh passes the one CI just built; your suite would name a published one.</summary>
    public static readonly string Image = Environment.GetEnvironmentVariable("TELNYXMOCK_IMAGE") ?? TelnyxMockBuilder.DefaultImage;

    public TelnyxMockContainer Telnyx { get; } = new TelnyxMockBuilder(Image)
        .WithFixtures(new { account = "KEY_fixtures", ip_connections = new[] { new { connection_name = "office" } } })
        .WithStrict()
        .Build();

    public Task InitializeAsync() => Telnyx.StartAsync();

    public Task DisposeAsync() => Telnyx.DisposeAsync().AsTask();
}

public sealed class TelnyxMockContainerTests(TelnyxMockFixture fixture) : IClassFixture<TelnyxMockFixture>
{
    private readonly TelnyxMockContainer telnyx = fixture.Telnyx;

    [Fact]
    public async Task Fixtures_GivenToTheBuilder_AreThereWhenTheContainerStarts()
    {
        using var client = telnyx.CreateClient("KEY_fixtures");

        var list = await client.GetFromJsonAsync<JsonObject>("v2/ip_connections");

        Assert.Equal("office", list!["data"]![0]!["connection_name"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateListAndRetrieve_ThroughTheMappedPort()
    {
        Assert.Equal($"{telnyx.GetBaseAddress()}v2", telnyx.GetV2BaseAddress().ToString());
        using var client = telnyx.CreateClient("KEY_crud");

        var created = await client.PostAsJsonAsync("v2/ip_connections", new { connection_name = "warehouse" });
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["id"]!.GetValue<string>();
        var list = await client.GetFromJsonAsync<JsonObject>("v2/ip_connections");
        var fetched = await client.GetFromJsonAsync<JsonObject>($"v2/ip_connections/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(id, list!["data"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("warehouse", fetched!["data"]!["connection_name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Settings_GivenToTheBuilder_ApplyInTheContainer()
    {
        using var client = telnyx.CreateClient("KEY_strict");

        var response = await client.PostAsJsonAsync("v2/ip_connections", new { connection_name = "x", colour = "blue" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("/colour", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Control_JournalsRequests_MovesTheClock_AndResetsOneAccount()
    {
        using var client = telnyx.CreateClient("KEY_control");
        await client.PostAsJsonAsync("v2/ip_connections", new { connection_name = "to-reset" });

        var journal = await telnyx.Control.GetRequestsAsync(method: "POST", account: "KEY_control");
        var before = await telnyx.Control.GetClockAsync();
        var moved = await telnyx.Control.AdvanceClockAsync(TimeSpan.FromHours(25));
        await telnyx.Control.UseRealTimeAsync();
        await telnyx.Control.ResetAsync("KEY_control");
        var after = await client.GetFromJsonAsync<JsonObject>("v2/ip_connections");

        Assert.Contains(journal.Requests, entry => entry.Path == "/v2/ip_connections" && entry.Status == 201);
        Assert.True(moved.Now - before.Now >= TimeSpan.FromHours(25));
        Assert.Empty(after!["data"]!.AsArray());
    }
}

/// <summary>Containers of their own: an admin token, and state that one container keeps from another.</summary>
public sealed class TelnyxMockBuilderTests
{
    [Fact]
    public void DefaultImage_IsTheImageOfThisPackagesRelease()
    {
        var version = typeof(TelnyxMockBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

        Assert.Matches($@"^(ghcr\.io/[a-z0-9-]+/)?telnyxmock:{Regex.Escape(version)}$", TelnyxMockBuilder.DefaultImage);
    }

    [Fact]
    public async Task AdminToken_GuardsTheControlApi_AndTheModuleSendsIt()
    {
        await using var telnyx = new TelnyxMockBuilder(TelnyxMockFixture.Image).WithAdminToken("s3cret").WithInMemoryDatabase().Build();
        await telnyx.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = telnyx.GetBaseAddress() };

        var health = await telnyx.Control.HealthAsync();
        var refused = await anonymous.GetAsync("_mock/health");

        Assert.Equal("ok", health.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Fixtures_TheMockRefuses_FailTheStartWithEveryErrorInTheMessage()
    {
        await using var telnyx = new TelnyxMockBuilder(TelnyxMockFixture.Image)
            .WithFixtures("""{"account": "KEY_x", "ip_connections": [{"connection_name": "a", "anchorsite_override": "Mars"}]}""")
            .Build();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => telnyx.StartAsync());

        Assert.Contains("/ip_connections/0/anchorsite_override", failure.Message);
    }

    [Fact]
    public async Task TwoContainers_KeepTheirOwnData()
    {
        await using var one = new TelnyxMockBuilder(TelnyxMockFixture.Image).Build();
        await using var two = new TelnyxMockBuilder(TelnyxMockFixture.Image).Build();
        await Task.WhenAll(one.StartAsync(), two.StartAsync());
        using var first = one.CreateClient();
        using var second = two.CreateClient();

        await first.PostAsJsonAsync("v2/ip_connections", new { connection_name = "only-in-one" });

        Assert.NotEqual(one.GetBaseAddress(), two.GetBaseAddress());
        Assert.Single((await first.GetFromJsonAsync<JsonObject>("v2/ip_connections"))!["data"]!.AsArray());
        Assert.Empty((await second.GetFromJsonAsync<JsonObject>("v2/ip_connections"))!["data"]!.AsArray());
    }
}
