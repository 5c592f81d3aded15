using TelnyxMock.Hosting;
using TelnyxMock.V1.Connections;
using TelnyxMock.V2.IpConnections;

var builder = WebApplication.CreateBuilder(args);
builder.AddTelnyxMock();

var app = builder.Build();
app.UseMockErrorHandling();
app.UseMockSwagger();
app.MapV1Connections();
app.MapV2IpConnections();

await app.RunAsync();

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
