using System.Reflection;
using System.Text.RegularExpressions;
using TelnyxMock.Common;

namespace TelnyxMock.Tests.Hosting;

/// <summary>
/// The README's GitHub Actions recipes, read from the README as a user copies them, checked option by option against
/// what the Dockerfile builds: a service container's <c>--health-cmd</c> runs through a shell (Docker's CMD-SHELL), which
/// the chiseled final image does not have, so the recipe must leave the check to the image's own exec-form
/// <c>HEALTHCHECK</c>; every <c>--health-*</c> option is one Docker knows; the container port is the one the image
/// listens on; every environment variable is a setting the mock reads; the base URL points at the published port.
/// </summary>
public sealed partial class CiRecipeTests
{
    private static readonly string Root = FindRoot();

    private static readonly string[] DockerHealthOptions = ["--health-interval", "--health-timeout", "--health-retries", "--health-start-period", "--health-start-interval"];

    [Fact]
    public void ServiceContainerRecipe_UsesOnlyWhatTheImageSupports()
    {
        var recipe = Recipe("A GitHub Actions job with TelnyxMock as a service container");
        var dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
        var finalImage = FinalStageImage().Match(dockerfile).Groups["image"].Value;

        var options = OptionsLine().Match(recipe).Groups["options"].Value.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Where(o => o.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (finalImage.Contains("chiseled", StringComparison.Ordinal))
        {
            Assert.True(!options.Contains("--health-cmd"),
                $"The recipe's --health-cmd runs through /bin/sh (Docker's CMD-SHELL), and the image ({finalImage}) has no shell: the service never turns healthy. "
                + "Leave the command to the image's HEALTHCHECK.");
        }

        Assert.Matches(ExecFormHealthCheck(), dockerfile);
        Assert.All(options.Where(o => o.StartsWith("--health", StringComparison.Ordinal)), o => Assert.Contains(o, DockerHealthOptions));

        var listening = ListeningPort().Match(dockerfile).Groups["port"].Value;
        var published = PortsLine().Match(recipe);
        Assert.True(published.Success, "The recipe publishes no port.");
        Assert.Equal(listening, published.Groups["container"].Value);
        Assert.Contains($"http://localhost:{published.Groups["host"].Value}/v2", recipe, StringComparison.Ordinal);
        AssertSettingsAreRead(recipe);
    }

    [Fact]
    public void BuildInTheJobRecipe_BuildsTheDockerfile_AndWaitsForTheImagesOwnHealthCheck()
    {
        var recipe = Recipe("A job that builds the image itself");

        Assert.Contains("docker build", recipe, StringComparison.Ordinal);
        Assert.DoesNotContain("--health-cmd", recipe, StringComparison.Ordinal);
        Assert.Contains("{{.State.Health.Status}}", recipe, StringComparison.Ordinal);
        Assert.Contains("-p 12111:12111", recipe, StringComparison.Ordinal);
        AssertSettingsAreRead(recipe);
    }

    /// <summary>Every <c>TelnyxMock__X</c> the recipe sets names a setting of <see cref="MockOptions"/>; the store's is its connection string.</summary>
    private static void AssertSettingsAreRead(string recipe)
    {
        var settings = typeof(MockOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (Match match in SettingName().Matches(recipe))
        {
            Assert.True(settings.Contains(match.Groups["name"].Value), $"The recipe sets TelnyxMock__{match.Groups["name"].Value}, which the mock does not read.");
        }

        foreach (Match match in ConnectionString().Matches(recipe))
        {
            Assert.Equal("TelnyxMock", match.Groups["name"].Value);
        }
    }

    /// <summary>The first yaml block after the sentence that introduces it.</summary>
    private static string Recipe(string introduction)
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        var at = readme.IndexOf(introduction, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The README has no recipe introduced by \"{introduction}\".");
        var start = readme.IndexOf("```yaml\n", at, StringComparison.Ordinal) + "```yaml\n".Length;
        return readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TelnyxMock.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TelnyxMock.sln not found above the test's directory.");
    }

    [GeneratedRegex(@"FROM (?<image>\S+) AS final")]
    private static partial Regex FinalStageImage();

    [GeneratedRegex(@"HEALTHCHECK [^\n]*CMD \[")]
    private static partial Regex ExecFormHealthCheck();

    [GeneratedRegex(@"ASPNETCORE_URLS=http://\+:(?<port>\d+)")]
    private static partial Regex ListeningPort();

    [GeneratedRegex(@"options: >-\n(?<options>(?:\s+--[^\n]*\n)+)")]
    private static partial Regex OptionsLine();

    [GeneratedRegex(@"ports: \[""(?<host>\d+):(?<container>\d+)""\]")]
    private static partial Regex PortsLine();

    [GeneratedRegex(@"TelnyxMock__(?<name>[A-Za-z]+)")]
    private static partial Regex SettingName();

    [GeneratedRegex(@"ConnectionStrings__(?<name>[A-Za-z]+)")]
    private static partial Regex ConnectionString();
}
