using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

using TelnyxMock.Common;

namespace TelnyxMock.Fixtures;

public static class FixtureStartup
{
    /// <summary>Loads <see cref="MockOptions.FixturesFile"/>, if set; a bad file stops start-up with every error listed.</summary>
    public static async Task LoadFixturesFileAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var path = services.GetRequiredService<IOptions<MockOptions>>().Value.FixturesFile;
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The fixtures file '{Path.GetFullPath(path)}' does not exist (setting TelnyxMock:FixturesFile).");
        }

        JsonNode? document;
        try
        {
            await using var stream = File.OpenRead(path);
            document = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new InvalidOperationException($"The fixtures file '{path}' is not valid JSON: {ex.Message}", ex);
        }

        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<FixtureLoader>().LoadAsync(document, null, cancellationToken, source: Path.GetFullPath(path));
        if (!result.Loaded)
        {
            var lines = string.Join(Environment.NewLine, result.Errors.Select(e => $"  {e.Pointer}: {e.Detail}"));
            throw new InvalidOperationException($"The fixtures file '{path}' was not loaded:{Environment.NewLine}{lines}");
        }

        services.GetRequiredService<ILoggerFactory>().CreateLogger("TelnyxMock.Fixtures").LogInformation(
            "Loaded fixtures from {Path}: {Counts}", path, string.Join(", ", result.Counts.Select(c => $"{c.Value} {c.Key}")));
    }
}
