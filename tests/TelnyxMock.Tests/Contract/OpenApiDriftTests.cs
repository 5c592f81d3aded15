using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.Contract;

/// <summary>The OpenAPI documents checked in under openapi/ are exactly what the mock serves.</summary>
public sealed class OpenApiDriftTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    [Theory]
    [MemberData(nameof(SwaggerTests.Documents), MemberType = typeof(SwaggerTests))]
    public async Task CheckedInDocument_MatchesTheServedOne(string name)
    {
        var served = await (await app.CreateClient().GetAsync($"/swagger/{name}/swagger.json")).ExpectAsync(200);
        var path = Path.Combine(RepositoryRoot.Path, "openapi", $"{name}.json");

        var checkedIn = JsonNode.Parse(await File.ReadAllTextAsync(path));

        Assert.True(JsonNode.DeepEquals(served, checkedIn),
            $"openapi/{name}.json differs from what the mock serves; regenerate it with: dotnet run --project src/TelnyxMock -- export-openapi");
    }
}

/// <summary>The repository's root folder, found from the test binaries by walking up to TelnyxMock.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "TelnyxMock.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("TelnyxMock.sln was not found above " + AppContext.BaseDirectory);
    }
}
