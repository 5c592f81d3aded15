using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TelnyxMock.Tests.V1;

namespace TelnyxMock.Tests.Common;

public sealed class PersistenceTests
{
    [Fact]
    public async Task Restart_OnTheSameDatabaseFile_KeepsTheData()
    {
        var file = Path.Combine(Path.GetTempPath(), $"telnyxmock-{Guid.NewGuid():N}.db");
        try
        {
            string id;
            using (var first = new TelnyxMockApplication(databaseFile: file))
            {
                var client = first.V1Client();
                id = (await client.CreateNamedAsync("survivor"))["id"].Str();
                await (await client.PutJsonAsync($"{V1Api.Path}/{id}", """{"timeout_1xx": "9"}""")).ExpectAsync(200);
            }

            using var second = new TelnyxMockApplication(databaseFile: file);
            var fetched = await (await second.V1Client().GetAsync($"{V1Api.Path}/{id}")).ExpectAsync(200);

            Assert.Equal("survivor", fetched["connection_name"].Str());
            Assert.Equal("9", fetched["timeout_1xx"].Str());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    [Fact]
    public async Task Restart_KeepsV2Data_AndServesTheSnapshotOfTheLastSave()
    {
        var file = TempFile();
        try
        {
            string id;
            using (var first = new TelnyxMockApplication(databaseFile: file))
            {
                var client = first.BearerClient();
                var created = await (await client.PostJsonAsync("/v2/ip_connections", """{"connection_name": "v2-survivor"}""")).ExpectAsync(201);
                id = created["data"]!["id"].Str();
                await (await client.PatchJsonAsync($"/v2/ip_connections/{id}", """{"inbound": {"sip_region": "Europe"}}""")).ExpectAsync(200);
            }

            using var second = new TelnyxMockApplication(databaseFile: file);
            var client2 = second.BearerClient();
            var fetched = (await (await client2.GetAsync($"/v2/ip_connections/{id}")).ExpectAsync(200))["data"]!;
            var listed = (await (await client2.GetAsync("/v2/ip_connections")).ExpectAsync(200))["data"]![0]!;

            Assert.Equal("v2-survivor", fetched["connection_name"].Str());
            Assert.Equal("Europe", fetched["inbound"]!["sip_region"].Str());
            Assert.True(JsonNode.DeepEquals(fetched, listed));
        }
        finally
        {
            Delete(file);
        }
    }

    [Fact]
    public void DatabaseFile_OfAnotherSchemaVersion_IsRefusedWithAMessage()
    {
        var file = TempFile();
        try
        {
            using (var connection = new SqliteConnection($"Data Source={file}"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = "CREATE TABLE v2_ip_connections (Id INTEGER PRIMARY KEY); PRAGMA user_version = 1;";
                command.ExecuteNonQuery();
            }

            using var app = new TelnyxMockApplication(databaseFile: file);
            var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

            var message = error is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0].Message : error.Message;
            Assert.Contains("another version of TelnyxMock", message);
            Assert.Contains(file, message);
        }
        finally
        {
            Delete(file);
        }
    }

    [Fact]
    public async Task FileDatabase_ConnectionsTheRequestsUse_RunWithSynchronousNormal_OnEveryReuse()
    {
        var file = TempFile();
        try
        {
            using var app = new TelnyxMockApplication(databaseFile: file);
            _ = app.CreateClient();
            for (var lease = 0; lease < 3; lease++)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TelnyxMock.Data.MockDbContext>();
                await db.Database.OpenConnectionAsync();
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA synchronous;";

                Assert.Equal(1L, await command.ExecuteScalarAsync()); // NORMAL; FULL (2) is SQLite's default
                await db.Database.CloseConnectionAsync();
            }
        }
        finally
        {
            Delete(file);
        }
    }

    [Fact]
    public async Task MemoryDatabases_OfTwoInstances_AreSeparate()
    {
        using var one = new TelnyxMockApplication();
        using var two = new TelnyxMockApplication();

        await one.V1Client().CreateNamedAsync("only-in-one");

        Assert.Empty(await two.V1Client().ListAsync());
    }

    private static string TempFile() => Path.Combine(Path.GetTempPath(), $"telnyxmock-{Guid.NewGuid():N}.db");

    private static void Delete(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
