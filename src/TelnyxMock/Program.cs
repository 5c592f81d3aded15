using TelnyxMock.Hosting;

if (Probe.IsRequested(args))
{
    return await Probe.RunAsync(args);
}

var exportOpenApi = OpenApiExport.IsRequested(ref args, out var exportDirectory);
var commandLine = CommandLine.Parse(args, Console.Out, Console.Error, out var exitCode);
if (commandLine is null)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder([.. MockApplication.HostArgs, .. commandLine.ConfigurationArgs]);
ListenAddress.Configure(builder, commandLine.Port);
builder.AddTelnyxMockWithDefaults().ReportStartupFailuresPlainly();

var app = builder.Build();
app.UseTelnyxMock();

if (exportOpenApi)
{
    return await OpenApiExport.RunAsync(app, exportDirectory);
}

return await StartupFailure.RunAsync(app);

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
