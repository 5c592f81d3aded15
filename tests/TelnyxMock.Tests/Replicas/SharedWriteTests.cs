using Npgsql;
using TelnyxMock.Data;
using TelnyxMock.Tests.Control;

namespace TelnyxMock.Tests.Replicas;

/// <summary>
/// Replicas write at once where the rules allow it: a write holds its account (or nothing, for a create whose checks
/// read no other row), not the whole database, and what is unique across accounts stays unique, settled by the
/// database when two replicas race for it.
/// </summary>
public sealed class SharedWriteTests : IDisposable
{
    private readonly SharedStore store;

    public SharedWriteTests() => store = PostgresSchema.Server is null ? null! : new SharedStore(2);

    public void Dispose() => store?.Dispose();

    private TelnyxMockApplication A => store.Replicas[0];

    private TelnyxMockApplication B => store.Replicas[1];

    [PostgresFact]
    public async Task AWriteHeldInOneAccount_HoldsThatAccountsUpdates_AndNoOtherAccountsWrites()
    {
        var own = await CreateAsync(A, "KEY_held");
        var other = await CreateAsync(B, "KEY_free");
        await using var connection = new NpgsqlConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using var holder = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, PostgresStore.AccountLock.Replace("{0}", "$1", StringComparison.Ordinal), "KEY_held");

        var held = A.BearerClient("KEY_held").PatchJsonAsync($"/v2/ip_connections/{own}", """{"connection_name": "after the lock"}""");
        await WaitForAWaitingWriteAsync(connection, "KEY_held");
        await (await B.BearerClient("KEY_free").PatchJsonAsync($"/v2/ip_connections/{other}", """{"connection_name": "not held"}""")).ExpectAsync(200);
        await (await B.BearerClient("KEY_free").DeleteAsync($"/v2/ip_connections/{other}")).ExpectAsync(200);
        // A create whose checks read no other row holds nothing, even in the held account.
        await CreateAsync(B, "KEY_held");
        Assert.False(held.IsCompleted);

        await holder.CommitAsync();
        Assert.Equal("after the lock", (await (await held).ExpectAsync(200))["data"]!["connection_name"].Str());
    }

    [PostgresFact]
    public async Task OneUserName_SetAtOnceByUpdatesInEveryAccount_IsTakenOnce()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
            (await (await store.Replicas[i % 2].BearerClient($"KEY_{i}").PostJsonAsync("/v2/credential_connections",
                $$"""{"connection_name": "c{{i}}", "user_name": "ownname{{i}}", "password": "password1"}""")).ExpectAsync(201))["data"]!["id"].Str()));

        var responses = await Task.WhenAll(ids.Select((id, i) =>
            store.Replicas[(i + 1) % 2].BearerClient($"KEY_{i}").PatchJsonAsync($"/v2/credential_connections/{id}", """{"user_name": "racedname1"}""")));

        Assert.Equal(1, responses.Count(r => (int)r.StatusCode == 200));
        foreach (var refused in responses.Where(r => (int)r.StatusCode != 200))
        {
            await refused.ExpectPointerAsync(422, "/user_name");
        }
    }

    [PostgresFact]
    public async Task OneNumber_OrderedAtOnceByEveryAccount_BelongsToOne()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            store.Replicas[i % 2].BearerClient($"KEY_{i}").PostJsonAsync("/v2/number_orders", """{"phone_numbers": [{"phone_number": "+19702240007"}]}""")));

        Assert.Equal(1, responses.Count(r => (int)r.StatusCode is >= 200 and < 300));
        Assert.All(responses.Where(r => (int)r.StatusCode is < 200 or >= 300), r => Assert.Equal(422, (int)r.StatusCode));
        var owners = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
            (await (await A.BearerClient($"KEY_{i}").GetAsync("/v2/phone_numbers")).ExpectAsync(200))["meta"]!["total_results"].Int()));
        Assert.Equal(1, owners.Sum());
    }

    [PostgresFact]
    public async Task CreatesNamingAProfile_RacingItsDelete_LeaveNoLinkToIt()
    {
        var profile = (await (await A.BearerClient().PostJsonAsync("/v2/outbound_voice_profiles", """{"name": "doomed"}""")).ExpectAsync(200))["data"]!["id"].Str();
        var body = $$$"""{"outbound": {"outbound_voice_profile_id": "{{{profile}}}"}}""";

        var creates = Enumerable.Range(0, 24).Select(i => store.Replicas[i % 2].BearerClient().PostJsonAsync("/v2/ip_connections", body)).ToList();
        var delete = B.BearerClient().DeleteAsync($"/v2/outbound_voice_profiles/{profile}");
        await (await delete).ExpectAsync(200);

        foreach (var response in await Task.WhenAll(creates))
        {
            if ((int)response.StatusCode == 422)
            {
                await response.ExpectPointerAsync(422, "/outbound/outbound_voice_profile_id");
                continue;
            }

            var id = (await response.ExpectAsync(201))["data"]!["id"].Str();
            var stored = (await (await A.BearerClient().GetAsync($"/v2/ip_connections/{id}")).ExpectAsync(200))["data"]!;
            Assert.Null(stored["outbound"]!["outbound_voice_profile_id"]);
        }
    }

    private static async Task<string> CreateAsync(TelnyxMockApplication replica, string account) =>
        (await (await replica.BearerClient(account).PostJsonAsync("/v2/ip_connections", """{"connection_name": "made"}""")).ExpectAsync(201))["data"]!["id"].Str();

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Until a session waits for the account's lock (as PostgreSQL's lock table shows), so the write is known to be held, not merely slow.</summary>
    private static async Task WaitForAWaitingWriteAsync(NpgsqlConnection connection, string account)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = 20113 " +
                "AND objid::bigint = (hashtext(coalesce(current_schema(), '') || '/' || $1)::bigint & 4294967295)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = account });
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"No write waited for account {account}'s lock.");
    }
}
