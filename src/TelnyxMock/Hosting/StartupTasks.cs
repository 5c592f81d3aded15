using Microsoft.Data.Sqlite;
using TelnyxMock.Control;
using TelnyxMock.Data;
using TelnyxMock.Fixtures;

namespace TelnyxMock.Hosting;

/// <summary>
/// Creates the schema, takes a shared store's clock and loads the fixtures file before the server accepts requests, and lets
/// SQLite close its files cleanly on shutdown. A hosted service, so tests' hosts run it too.
/// </summary>
public sealed class StartupTasks(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await services.InitializeDatabaseAsync(cancellationToken);
        // Fixtures are stamped with the mock's time, which on a shared store another replica may have moved.
        await services.GetRequiredService<IClockState>().RefreshAsync(cancellationToken);
        await services.LoadFixturesFileAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
