// The AppHost: TelnyxMock (the installed `telnyxmock` .NET tool) with the fixtures of this folder and one API key,
// and the `trunks` service, a Node app on the official telnyx SDK that TELNYX_BASE_URL and TELNYX_API_KEY point at it.
var builder = DistributedApplication.CreateBuilder(args);

var telnyx = builder.AddTelnyxMock("telnyx")
    .WithFixtures("fixtures.json")
    .WithApiKey(builder.AddParameter("telnyx-api-key", "KEY_aspire_example"));

builder.AddExecutable("trunks", "node", "../trunks", "server.mjs")
    .WithHttpEndpoint(env: "PORT")
    .WithHttpHealthCheck("/health")
    .WithReference(telnyx)
    .WaitFor(telnyx);

builder.Build().Run();
