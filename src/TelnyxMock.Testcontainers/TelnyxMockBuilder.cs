using System.Reflection;
using System.Text;
using System.Text.Json;
using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Images;

namespace TelnyxMock.Testcontainers;

/// <summary>
/// Builds a TelnyxMock container: <c>await using var telnyx = new TelnyxMockBuilder().WithFixtures(fixtures).Build();
/// await telnyx.StartAsync();</c>. The mock listens on port 12111 inside, published on a random host port, and
/// <see cref="TelnyxMockContainer.StartAsync"/> returns once <c>/_mock/health</c> answers 200. Settings are the mock's
/// own (the README's "Settings"), passed as environment variables.
/// </summary>
public sealed class TelnyxMockBuilder : ContainerBuilder<TelnyxMockBuilder, TelnyxMockContainer, TelnyxMockConfiguration>
{
    /// <summary>
    /// The image of this package's release, fixed when the package was packed (as TelnyxMock.Aspire.Hosting's
    /// <c>RunAsContainer</c> names it): <c>ghcr.io/&lt;owner&gt;/telnyxmock:&lt;version&gt;</c> for a released package,
    /// <c>telnyxmock:&lt;version&gt;</c> for a local pack (<c>docker build -t telnyxmock:0.3.0 .</c> makes it).
    /// </summary>
    public static readonly string DefaultImage = PackedImage();

    /// <summary>The port the image listens on.</summary>
    public const ushort TelnyxMockPort = 12111;

    /// <summary>Where <see cref="WithFixtures"/> puts the fixtures document inside the container.</summary>
    public const string FixturesPath = "/fixtures/telnyxmock.json";

    /// <summary>A builder for <see cref="DefaultImage"/>.</summary>
    public TelnyxMockBuilder()
        : this(DefaultImage)
    {
    }

    /// <summary>A builder for <paramref name="image"/>: a full name with tag, e.g. <c>ghcr.io/acme/telnyxmock:0.3.0</c>.</summary>
    public TelnyxMockBuilder(string image)
        : this(new DockerImage(image))
    {
    }

    /// <summary>A builder for <paramref name="image"/>.</summary>
    public TelnyxMockBuilder(IImage image)
        : this(new TelnyxMockConfiguration()) =>
        DockerResourceConfiguration = Init().WithImage(image).DockerResourceConfiguration;

    private TelnyxMockBuilder(TelnyxMockConfiguration resourceConfiguration)
        : base(resourceConfiguration) =>
        DockerResourceConfiguration = resourceConfiguration;

    /// <inheritdoc />
    protected override TelnyxMockConfiguration DockerResourceConfiguration { get; }

    /// <summary>
    /// A fixtures document (the README's "Fixtures": a JSON string, or an object serialised as it is), loaded at every
    /// start of the container; a document the mock refuses stops the start and the container's log lists every error.
    /// </summary>
    public TelnyxMockBuilder WithFixtures(object fixtures)
    {
        ArgumentNullException.ThrowIfNull(fixtures);
        var json = fixtures as string ?? JsonSerializer.Serialize(fixtures, fixtures.GetType());
        return WithResourceMapping(Encoding.UTF8.GetBytes(json), FilePath.Of(FixturesPath))
            .WithSetting("TelnyxMock:FixturesFile", FixturesPath);
    }

    /// <summary>A fixtures file of the host, copied into the container as <see cref="WithFixtures"/> does.</summary>
    public TelnyxMockBuilder WithFixturesFile(string path) => WithFixtures(File.ReadAllText(path));

    /// <summary>Any of the mock's settings, by its configuration name (<c>TelnyxMock:Strict</c>, <c>TelnyxMock:Accounts:0:Name</c>).</summary>
    public TelnyxMockBuilder WithSetting(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return WithEnvironment(name.Replace(":", "__", StringComparison.Ordinal), value);
    }

    /// <summary>Unknown body fields are refused (V1: 400, V2: 422) instead of ignored as Telnyx does.</summary>
    public TelnyxMockBuilder WithStrict(bool strict = true) => WithSetting("TelnyxMock:Strict", strict ? "true" : "false");

    /// <summary>The HS256 secret of telephony credential tokens, to verify them in tests.</summary>
    public TelnyxMockBuilder WithTokenSecret(string secret) => WithSetting("TelnyxMock:TokenSecret", secret);

    /// <summary>Keep the data in memory rather than on the image's <c>/data</c> volume.</summary>
    public TelnyxMockBuilder WithInMemoryDatabase() => WithSetting("ConnectionStrings:TelnyxMock", "Data Source=:memory:");

    /// <summary>The control API needs this token; the wait strategy and <see cref="TelnyxMockContainer.Control"/> send it.</summary>
    public TelnyxMockBuilder WithAdminToken(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        return Merge(DockerResourceConfiguration, new TelnyxMockConfiguration(adminToken: token)).WithSetting("TelnyxMock:AdminToken", token);
    }

    /// <inheritdoc />
    public override TelnyxMockContainer Build()
    {
        Validate();

        // The health check needs the admin token when there is one, so it is added here, once everything is set,
        // unless the caller gave a wait strategy of their own.
        var builder = DockerResourceConfiguration.WaitStrategies.Count() > 1 ? this : WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(request =>
        {
            request = request.ForPort(TelnyxMockPort).ForPath("/_mock/health");
            return DockerResourceConfiguration.AdminToken is { } token ? request.WithHeader("Authorization", $"Bearer {token}") : request;
        }));
        return new TelnyxMockContainer(builder.DockerResourceConfiguration);
    }

    private static string PackedImage()
    {
        var metadata = typeof(TelnyxMockBuilder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .ToDictionary(a => a.Key, a => a.Value ?? "", StringComparer.Ordinal);
        var registry = metadata.GetValueOrDefault("TelnyxMockImageRegistry", "");
        var image = $"{metadata.GetValueOrDefault("TelnyxMockImage", "telnyxmock")}:{metadata.GetValueOrDefault("TelnyxMockImageTag", "latest")}";
        return registry.Length > 0 ? $"{registry}/{image}" : image;
    }

    /// <inheritdoc />
    protected override TelnyxMockBuilder Init() => base.Init().WithPortBinding(TelnyxMockPort, true);

    /// <inheritdoc />
    protected override TelnyxMockBuilder Clone(IResourceConfiguration<CreateContainerParameters> resourceConfiguration) =>
        Merge(DockerResourceConfiguration, new TelnyxMockConfiguration(resourceConfiguration));

    /// <inheritdoc />
    protected override TelnyxMockBuilder Clone(IContainerConfiguration resourceConfiguration) =>
        Merge(DockerResourceConfiguration, new TelnyxMockConfiguration(resourceConfiguration));

    /// <inheritdoc />
    protected override TelnyxMockBuilder Merge(TelnyxMockConfiguration oldValue, TelnyxMockConfiguration newValue) =>
        new(new TelnyxMockConfiguration(oldValue, newValue));
}
