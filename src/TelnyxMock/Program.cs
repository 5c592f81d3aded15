using TelnyxMock.Control;
using TelnyxMock.Hosting;
using TelnyxMock.V1.Connections;

var builder = WebApplication.CreateBuilder(args);
builder.AddTelnyxMock();

var app = builder.Build();
app.UseMockErrorHandling();
app.UseMockJournalAndFaults();
app.UseMockSwagger();
app.MapV1Connections();
app.MapMockControl();

await app.RunAsync();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
