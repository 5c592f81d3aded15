using TelnyxMock.Control;
using TelnyxMock.Hosting;
using TelnyxMock.V1.Connections;
using TelnyxMock.V2.IpConnections;

if (Probe.IsRequested(args))
{
    return await Probe.RunAsync(args);
}

var exportOpenApi = OpenApiExport.IsRequested(ref args, out var exportDirectory);
var builder = WebApplication.CreateBuilder(args);
builder.AddTelnyxMock();

var app = builder.Build();
app.UseMockRequestLogging();
app.UseMockErrorHandling();
app.UseMockJournal();
app.UseMockFaults();
app.UseMockSwagger();
app.MapV1Connections();
app.MapV2IpConnections();
app.MapMockControl();

if (exportOpenApi)
{
    return await OpenApiExport.RunAsync(app, exportDirectory);
}

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
