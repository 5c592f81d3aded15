using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace TelnyxMock.Tests.Hosting;

/// <summary>Settings files are read once: no watcher on the working folder (and its subfolders) at start-up.</summary>
public sealed class HostSettingsTests
{
    [Fact]
    public void Executable_ReadsSettingsFilesWithoutWatchingThem()
    {
        using var app = new TelnyxMockApplication();

        var files = ((IConfigurationRoot)app.Services.GetRequiredService<IConfiguration>()).Providers.OfType<FileConfigurationProvider>().ToList();

        Assert.NotEmpty(files);
        Assert.All(files, f => Assert.False(f.Source.ReloadOnChange, $"{f.Source.Path} is watched"));
    }
}
