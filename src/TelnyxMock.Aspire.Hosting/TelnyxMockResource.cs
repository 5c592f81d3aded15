namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// A TelnyxMock server in the application model: the <c>telnyxmock</c> .NET tool by default, an assembly run with
/// <c>dotnet</c> after <c>RunFromAssembly</c>, or the image after <c>RunAsContainer</c>. Its connection string is the
/// V2 base URL (<c>http://localhost:PORT/v2</c>), what the Telnyx SDKs take as their base URL.
/// </summary>
/// <remarks>
/// The settings (<c>WithFixtures</c>, <c>WithApiKey</c>, …) are kept here and turned into the mock's environment when
/// it starts, by one callback that knows whether it runs as a process or a container, so they may be given in any
/// order, before or after <c>RunAsContainer</c>.
/// </remarks>
public class TelnyxMockResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    /// <summary>The name of the HTTP endpoint.</summary>
    public const string HttpEndpointName = "http";

    /// <summary>The port the mock listens on inside its container (the image's <c>ASPNETCORE_URLS</c>).</summary>
    public const int ContainerPort = 12111;

    private EndpointReference? primaryEndpoint;

    /// <summary>The <c>http</c> endpoint: the root of the V1 (<c>/security/connections</c>) and control (<c>/_mock</c>) APIs.</summary>
    public EndpointReference PrimaryEndpoint => primaryEndpoint ??= new(this, HttpEndpointName);

    /// <summary>The V2 base URL, <c>{http endpoint}/v2</c>: the Telnyx SDKs' base URL and this resource's connection string.</summary>
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{PrimaryEndpoint.Property(EndpointProperty.Url)}/v2");

    /// <summary>Host, port and the root URL, which <c>WithReference</c> also passes as <c>{NAME}_HOST</c>, <c>{NAME}_PORT</c>, <c>{NAME}_URI</c>.</summary>
    public IEnumerable<KeyValuePair<string, ReferenceExpression>> GetConnectionProperties() =>
    [
        new("Host", ReferenceExpression.Create($"{PrimaryEndpoint.Property(EndpointProperty.Host)}")),
        new("Port", ReferenceExpression.Create($"{PrimaryEndpoint.Property(EndpointProperty.Port)}")),
        new("Uri", ReferenceExpression.Create($"{PrimaryEndpoint.Property(EndpointProperty.Url)}")),
    ];

    /// <summary>The assembly run with <c>dotnet</c> instead of the tool (<c>RunFromAssembly</c>), or null.</summary>
    public string? AssemblyPath { get; internal set; }

    /// <summary>The fixtures file loaded at start-up (<c>WithFixtures</c>), a full path, or null.</summary>
    public string? FixturesFile { get; internal set; }

    /// <summary>The SQLite file the process keeps its data in (<c>WithDataFile</c>), a full path; null keeps it in memory.</summary>
    public string? DataFile { get; internal set; }

    /// <summary>Whether the container keeps its data on a volume at <c>/data</c> (<c>WithDataVolume</c>).</summary>
    public bool HasDataVolume { get; internal set; }

    /// <summary>Whether unknown body fields are errors (<c>WithStrict</c>).</summary>
    public bool Strict { get; internal set; }

    /// <summary>The only API key the mock accepts, also given to referencing resources (<c>WithApiKey</c>), or null for any key.</summary>
    public ParameterResource? ApiKey { get; internal set; }

    /// <summary>The token <c>/_mock</c> requires (<c>WithAdminToken</c>), or null for an open control API.</summary>
    public ParameterResource? AdminToken { get; internal set; }

    /// <summary>The HS256 secret of telephony credential tokens (<c>WithTokenSecret</c>), or null for a random one.</summary>
    public ParameterResource? TokenSecret { get; internal set; }
}
