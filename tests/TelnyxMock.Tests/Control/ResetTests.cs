using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelnyxMock.Data;
using TelnyxMock.Tests.V1;
using TelnyxMock.V1.Connections;

namespace TelnyxMock.Tests.Control;

public sealed class ResetTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Reset_WithoutBody_RemovesEveryAccountsData()
    {
        await app.V1Client("alice").CreateNamedAsync("Alice's");
        await app.V1Client("bob").CreateNamedAsync("Bob's");

        var result = await app.CreateClient().ResetAsync();

        Assert.Equal(2, result["deleted"]!["v1_connections"].Int());
        Assert.Empty(await app.V1Client("alice").ListAsync());
        Assert.Empty(await app.V1Client("bob").ListAsync());
    }

    [Fact]
    public async Task Reset_OneAccount_LeavesOtherAccountsIntact()
    {
        await app.V1Client("alice").CreateNamedAsync("Alice's");
        await app.V1Client("bob").CreateNamedAsync("Bob's");

        var result = await app.CreateClient().ResetAsync("""{"account": "alice"}""");

        Assert.Equal("alice", result["account"].Str());
        Assert.Equal(1, result["deleted"]!["v1_connections"].Int());
        Assert.Empty(await app.V1Client("alice").ListAsync());
        Assert.Equal(["Bob's"], (await app.V1Client("bob").ListAsync()).Names());
    }

    [Fact]
    public async Task Reset_OneAccount_DeletesItsChildRowsThroughTheCascade()
    {
        var control = app.CreateClient();
        await control.LoadFixturesAsync("""
            [{"account": "alice", "v1_connections": [{"connection_name": "a", "authorized_ips": [{"ip_address": "10.0.0.1"}], "fqdns": [{"fqdn": "a.example.com"}]}]},
             {"account": "bob", "v1_connections": [{"connection_name": "b", "authorized_ips": [{"ip_address": "10.0.0.2"}]}]}]
            """);

        await control.ResetAsync("""{"account": "alice"}""");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MockDbContext>();
        Assert.Equal(["10.0.0.2"], await db.Set<AuthorizedIp>().Select(i => i.IpAddress).ToListAsync());
        Assert.Equal(0, await db.Set<ConnectionFqdn>().CountAsync());
    }

    [Fact]
    public async Task Reset_CoversEveryEntityTypeWithAnAccount()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MockDbContext>();
        // An abstract type of a table-per-concrete-type hierarchy (V2ConnectionRow) has no table of its own.
        var tables = db.Model.GetEntityTypes().Where(e => e.FindProperty("Account") is not null && e.GetTableName() is not null).Select(e => e.GetTableName()).ToList();

        var result = await app.CreateClient().ResetAsync("""{"account": "alice"}""");

        Assert.NotEmpty(tables);
        Assert.All(tables, table => Assert.NotNull(result["deleted"]![table!]));
    }

    [Fact]
    public async Task Reset_ByDefault_ClearsJournalAndFaults()
    {
        var control = app.CreateClient();
        await control.AddFaultAsync("""{"path": "/nothing", "status": 500}""");
        await app.V1Client().ListAsync();

        var result = await control.ResetAsync();

        Assert.Equal(1, result["journal_cleared"].Int());
        Assert.Equal(1, result["faults_cleared"].Int());
        Assert.Empty(await control.JournalAsync());
        Assert.Empty((await (await control.GetAsync("/_mock/faults")).ExpectAsync(200)).AsArray());
    }

    [Fact]
    public async Task Reset_WithFlagsOff_KeepsJournalAndFaultsButDeletesData()
    {
        var control = app.CreateClient();
        await control.AddFaultAsync("""{"path": "/nothing", "status": 500}""");
        await app.V1Client().CreateNamedAsync("x");

        await control.ResetAsync("""{"journal": false, "faults": false}""");

        Assert.Single(await control.JournalAsync());
        Assert.Single((await (await control.GetAsync("/_mock/faults")).ExpectAsync(200)).AsArray());
        Assert.Empty(await app.V1Client().ListAsync());
    }

    [Fact]
    public async Task Reset_DataFalse_KeepsData()
    {
        await app.V1Client().CreateNamedAsync("x");

        await app.CreateClient().ResetAsync("""{"data": false}""");

        Assert.Single(await app.V1Client().ListAsync());
    }

    [Fact]
    public async Task Reset_OneAccount_ClearsOnlyThatAccountsJournalEntries()
    {
        await app.V1Client("alice").ListAsync();
        await app.V1Client("bob").ListAsync();

        await app.CreateClient().ResetAsync("""{"account": "alice"}""");

        var left = await app.CreateClient().JournalAsync();
        Assert.Equal(["bob"], left.Select(e => e!["account"].Str()));
    }

    [Fact]
    public async Task Reset_MisspeltField_Returns422AndDeletesNothing()
    {
        await app.V1Client("alice").CreateNamedAsync("x");

        var response = await app.CreateClient().PostJsonAsync("/_mock/reset", """{"acount": "alice"}""");

        await response.ExpectPointerAsync(422, "/acount");
        Assert.Single(await app.V1Client("alice").ListAsync());
    }

    [Fact]
    public async Task Reset_NotJson_Returns400()
    {
        var response = await app.CreateClient().PostJsonAsync("/_mock/reset", "{nope");

        await response.ExpectPointerAsync(400, "/");
    }
}
