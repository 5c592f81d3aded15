using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TelnyxMock.Common;
using TelnyxMock.Tests.Control;

namespace TelnyxMock.Tests.Replicas;

/// <summary>
/// Replicas on one PostgreSQL store keep one clock: moved through any replica, it is the time of the next request to
/// every replica; a reset through any replica returns it to real time; a replica started later takes it too.
/// </summary>
public sealed class SharedClockTests : IDisposable
{
    private readonly SharedStore store;

    public SharedClockTests() => store = PostgresSchema.Server is null ? null! : new SharedStore(2);

    public void Dispose() => store?.Dispose();

    private TelnyxMockApplication A => store.Replicas[0];

    private TelnyxMockApplication B => store.Replicas[1];

    [PostgresFact]
    public async Task AClockMovedThroughOneReplica_StampsWhatTheOtherCreates()
    {
        await ClockAsync(B);

        var advanced = await ChangeAsync(A, """{"advance": "P2D"}""");
        var seen = await ClockAsync(B);
        var created = await (await B.BearerClient().PostJsonAsync("/v2/outbound_voice_profiles", """{"name": "later"}""")).ExpectAsync(200);

        Assert.Equal(172800, advanced["offset_seconds"]!.GetValue<double>());
        Assert.Equal(172800, seen["offset_seconds"]!.GetValue<double>());
        Assert.False(seen["real"]!.GetValue<bool>());
        Assert.InRange(DateTimeOffset.Parse(created["data"]!["created_at"].Str(), CultureInfo.InvariantCulture) - DateTimeOffset.UtcNow,
            TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(2));
    }

    [PostgresFact]
    public async Task AdvancesThroughBothReplicasAtOnce_AllAddUp()
    {
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => ChangeAsync(store.Replicas[i % 2], """{"advance": "PT1M"}""")));

        Assert.Equal(600, (await ClockAsync(A))["offset_seconds"]!.GetValue<double>());
        Assert.Equal(600, (await ClockAsync(B))["offset_seconds"]!.GetValue<double>());
    }

    [PostgresFact]
    public async Task AResetThroughOneReplica_ReturnsEveryReplicaToRealTime_AndALateReplicaTakesTheClock()
    {
        await ChangeAsync(B, """{"set": "2040-01-01T00:00:00Z"}""");
        using var late = store.Replica("late");
        Assert.StartsWith("2040-01-01T00:0", (await ClockAsync(late))["now"].Str(), StringComparison.Ordinal);

        var reset = await A.CreateClient().ResetAsync();

        Assert.True(reset["clock_reset"]!.GetValue<bool>());
        Assert.True((await ClockAsync(B))["real"]!.GetValue<bool>());
        Assert.True((await ClockAsync(late))["real"]!.GetValue<bool>());
    }

    [PostgresFact]
    public async Task AReplicasOwnClock_ChangesOnlyThroughTheStore()
    {
        await ClockAsync(A);
        var clock = A.Services.GetRequiredService<MockClock>();

        Assert.Throws<InvalidOperationException>(() => clock.Advance(TimeSpan.FromHours(1)));
        Assert.True((await ClockAsync(B))["real"]!.GetValue<bool>());
    }

    private static async Task<JsonNode> ClockAsync(TelnyxMockApplication replica) =>
        await (await replica.CreateClient().GetAsync("/_mock/clock")).ExpectAsync(200);

    private static async Task<JsonNode> ChangeAsync(TelnyxMockApplication replica, string body) =>
        await (await replica.CreateClient().PostJsonAsync("/_mock/clock", body)).ExpectAsync(200);
}
