// Answers every GET with the bytes of one file (benchmarks/run.sh gives it the mock's answer to the retrieve it
// measures), as application/json: what Kestrel and minimal APIs cost on this machine before the mock does any work.
//   KestrelFloor --urls http://127.0.0.1:12182 --body retrieve.json
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var body = await File.ReadAllBytesAsync(builder.Configuration["body"] ?? throw new InvalidOperationException("--body <file> is required"));
var app = builder.Build();
app.MapGet("/{**path}", () => TypedResults.Bytes(body, "application/json"));
await app.RunAsync();
