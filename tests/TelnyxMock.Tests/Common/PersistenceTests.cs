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
    public async Task MemoryDatabases_OfTwoInstances_AreSeparate()
    {
        using var one = new TelnyxMockApplication();
        using var two = new TelnyxMockApplication();

        await one.V1Client().CreateNamedAsync("only-in-one");

        Assert.Empty(await two.V1Client().ListAsync());
    }
}
