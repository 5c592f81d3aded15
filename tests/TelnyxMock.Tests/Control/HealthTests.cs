using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TelnyxMock.Control;

namespace TelnyxMock.Tests.Control;

public sealed class HealthTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Health_StoreAnswers_Returns200Ok()
    {
        var response = await app.CreateClient().GetAsync("/_mock/health");

        var body = await response.ExpectAsync(200);
        Assert.Equal("ok", body["status"].Str());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Health_FileStore_Returns200()
    {
        var file = Path.Combine(Path.GetTempPath(), $"telnyxmock-health-{Guid.NewGuid():N}.db");
        try
        {
            using (var fileApp = new TelnyxMockApplication(databaseFile: file))
            {
                var body = await (await fileApp.CreateClient().GetAsync("/_mock/health")).ExpectAsync(200);
                Assert.Equal("sqlite-file", body["store"].Str());
            }
        }
        finally
        {
            foreach (var path in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(file) + "*"))
            {
                File.Delete(path);
            }
        }
    }

    [Fact]
    public async Task Health_DatabaseFileCorrupted_Returns503()
    {
        var file = Path.Combine(Path.GetTempPath(), $"telnyxmock-health-{Guid.NewGuid():N}.db");
        try
        {
            using var fileApp = new TelnyxMockApplication(databaseFile: file);
            var client = fileApp.CreateClient();
            await (await client.GetAsync("/_mock/health")).ExpectAsync(200);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(file) + "*"))
            {
                await File.WriteAllBytesAsync(path, new byte[8192]);
            }

            var body = await (await client.GetAsync("/_mock/health")).ExpectAsync(503);
            Assert.Equal("unavailable", body["status"].Str());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var path in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(file) + "*"))
            {
                File.Delete(path);
            }
        }
    }

    [Fact]
    public async Task Health_StoreDoesNotAnswer_Returns503WithTheReason()
    {
        using var broken = app.With(services => services.Replace(ServiceDescriptor.Scoped<IStoreProbe, FailingProbe>()));

        var body = await (await broken.CreateClient().GetAsync("/_mock/health")).ExpectAsync(503);

        Assert.Equal("unavailable", body["status"].Str());
        Assert.Contains("disk on fire", body["detail"].Str());
    }

    private sealed class FailingProbe : IStoreProbe
    {
        public Task<string?> CheckAsync(CancellationToken cancellationToken) => Task.FromResult<string?>("disk on fire");
    }
}
