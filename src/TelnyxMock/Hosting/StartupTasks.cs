using Microsoft.Data.Sqlite;
using TelnyxMock.Data;
using TelnyxMock.Fixtures;

namespace TelnyxMock.Hosting;

/// <summary>
/// Creates the schema and loads the fixtures file before the server accepts requests, and lets
/// SQLite close its files cleanly on shutdown. A hosted service, so tests' hosts run it too.
/// </summary>
public sealed class StartupTasks(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.InitializeDatabaseAsync(cancellationToken);
        await services.LoadFixturesFileAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
