using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace TelnyxMock.Hosting;

/// <summary>
/// <c>TelnyxMock export-openapi DIR</c>: writes the OpenAPI documents the mock serves to DIR
/// (<c>telnyx.json</c>, <c>control.json</c>). It starts the mock on a free loopback port with an in-memory
/// database and saves exactly what <c>/swagger/{name}/swagger.json</c> answers. The checked-in copies under
/// <c>openapi/</c> come from this, and a test fails when they drift from what the app serves.
/// </summary>
public static class OpenApiExport
{
    public const string Command = "export-openapi";

    public static readonly string[] Documents = [OpenApiDocuments.Telnyx, OpenApiDocuments.Control];

    /// <summary>
    /// Recognises the command and returns the arguments the host should run with instead. Without a folder,
    /// it writes to <c>openapi/</c> beside the nearest TelnyxMock.sln above the working directory
    /// (<c>dotnet run</c> starts the app in the project's folder, not where it was typed).
    /// </summary>
    public static bool IsRequested(ref string[] args, out string directory)
    {
        directory = string.Empty;
        if (args.Length == 0 || args[0] != Command)
        {
            return false;
        }

        directory = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(FindRepositoryRoot(), "openapi");

        args = ["--urls", "http://127.0.0.1:0", "--ConnectionStrings:TelnyxMock", "Data Source=:memory:", "--TelnyxMock:Quiet", "true", "--TelnyxMock:FixturesFile", ""];
        return true;
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TelnyxMock.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No TelnyxMock.sln above the working directory; name the output folder: export-openapi DIR.");
    }

    public static async Task<int> RunAsync(WebApplication app, string directory)
    {
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            Directory.CreateDirectory(directory);
            foreach (var name in Documents)
            {
                var document = JsonNode.Parse(await client.GetStringAsync($"/swagger/{name}/swagger.json"))!;
                var path = Path.Combine(directory, $"{name}.json");
                await File.WriteAllTextAsync(path, document.ToJsonString(new() { WriteIndented = true }) + "\n");
                Console.WriteLine($"wrote {path}");
            }

            return 0;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
