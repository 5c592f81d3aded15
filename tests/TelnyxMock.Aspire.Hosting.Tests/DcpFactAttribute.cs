using System.Diagnostics;
using System.Reflection;

namespace TelnyxMock.Aspire.Hosting.Tests;

/// <summary>
/// A test that needs Aspire's orchestrator (DCP, from the Aspire.Hosting.Orchestration package of this machine's
/// platform): skipped, saying why, where that package is not referenced or its <c>dcp</c> does not run.
/// </summary>
public sealed class DcpFactAttribute : FactAttribute
{
    public DcpFactAttribute()
    {
        if (Dcp.Unavailable.Value is { } reason)
        {
            Skip = $"needs Aspire's orchestrator (DCP): {reason}";
        }
    }
}

internal static class Dcp
{
    /// <summary>Where the project file found <c>dcp</c> (the orchestration package's), or empty.</summary>
    public static string CliPath { get; } = Metadata("dcpclipath");

    /// <summary>The mock's build output, run with <c>dotnet</c> as <c>RunFromAssembly</c> does.</summary>
    public static string MockAssembly { get; } = Path.GetFullPath(Metadata("TelnyxMockAssembly"));

    /// <summary>Null when <c>dcp version</c> runs; otherwise why not.</summary>
    public static readonly Lazy<string?> Unavailable = new(() =>
    {
        if (CliPath.Length == 0 || !File.Exists(CliPath))
        {
            return $"no Aspire.Hosting.Orchestration package for {System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}";
        }

        try
        {
            using var dcp = Process.Start(new ProcessStartInfo(CliPath, "version") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = dcp.StandardOutput.ReadToEnd() + dcp.StandardError.ReadToEnd();
            dcp.WaitForExit();
            return dcp.ExitCode == 0 ? null : $"'{CliPath} version' exited {dcp.ExitCode}: {output}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException)
        {
            return $"'{CliPath} version' did not start: {e.Message}";
        }
    });

    private static string Metadata(string key) =>
        typeof(Dcp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value ?? "";
}
