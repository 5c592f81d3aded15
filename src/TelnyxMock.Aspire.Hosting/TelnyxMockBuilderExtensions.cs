using System.Reflection;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting;

/// <summary>Adds TelnyxMock to an Aspire AppHost and chooses how it runs.</summary>
public static class TelnyxMockBuilderExtensions
{
    /// <summary>The command <see cref="AddTelnyxMock"/> runs: the .NET tool (<c>dotnet tool install -g TelnyxMock</c>).</summary>
    public const string ToolCommand = "telnyxmock";

    /// <summary>
    /// Adds a TelnyxMock server named <paramref name="name"/>: the installed <c>telnyxmock</c> .NET tool, with an
    /// <c>http</c> endpoint, a health check on <c>/_mock/health</c> and its data in memory. Reference it from a service
    /// with <c>WithReference</c> to give it <c>TELNYX_BASE_URL</c> and <c>ConnectionStrings__{name}</c>.
    /// </summary>
    /// <param name="builder">The AppHost's builder.</param>
    /// <param name="name">The resource's name, also the connection string's.</param>
    /// <param name="port">The host port of the <c>http</c> endpoint; null for one Aspire chooses.</param>
    /// <returns>The mock's builder: <c>RunFromAssembly</c> or <c>RunAsContainer</c> change how it runs.</returns>
    public static IResourceBuilder<TelnyxMockResource> AddTelnyxMock(this IDistributedApplicationBuilder builder, [ResourceName] string name, int? port = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);

        var mock = new TelnyxMockResource(name, ToolCommand, builder.AppHostDirectory);
        var healthCheckKey = $"{name}_telnyxmock_health";
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheckKey, _ => new TelnyxMockHealthCheck(mock), failureStatus: null, tags: null));

        return builder.AddResource(mock)
            .WithHttpEndpoint(port: port, name: TelnyxMockResource.HttpEndpointName)
            .WithArgs(context => TelnyxMockLaunch.Arguments(mock, context))
            .WithEnvironment(context => TelnyxMockLaunch.Environment(mock, context))
            .WithHealthCheck(healthCheckKey);
    }

    /// <summary>
    /// Runs the mock from its assembly with <c>dotnet &lt;assemblyPath&gt;</c> instead of the installed tool: a build
    /// output (<c>src/TelnyxMock/bin/Release/net10.0/TelnyxMock.dll</c>) or a published folder's <c>TelnyxMock.dll</c>.
    /// </summary>
    /// <param name="builder">The mock's builder.</param>
    /// <param name="assemblyPath">TelnyxMock.dll; a relative path is relative to the AppHost's directory.</param>
    public static IResourceBuilder<TelnyxMockResource> RunFromAssembly(this IResourceBuilder<TelnyxMockResource> builder, string assemblyPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(assemblyPath);

        builder.Resource.AssemblyPath = Path.GetFullPath(assemblyPath, builder.ApplicationBuilder.AppHostDirectory);
        return builder.WithCommand("dotnet");
    }

    /// <summary>
    /// Runs the mock as a container of its image instead of a process: by default the image this package was released
    /// with (<see cref="TelnyxMockContainerImageTags"/>), listening on port 12111 inside the container.
    /// </summary>
    /// <param name="builder">The mock's builder.</param>
    /// <param name="configureContainer">Configures the container: <c>WithDataVolume</c>, <c>WithImage</c>, <c>WithImageTag</c>, <c>WithLifetime</c>.</param>
    /// <returns>The mock's builder; its settings apply to the container.</returns>
    /// <exception cref="InvalidOperationException">The mock keeps its data in a host file (<c>WithDataFile</c>): use <c>WithDataVolume</c> in the container.</exception>
    public static IResourceBuilder<TelnyxMockResource> RunAsContainer(this IResourceBuilder<TelnyxMockResource> builder, Action<IResourceBuilder<TelnyxMockContainerResource>>? configureContainer = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var mock = builder.Resource;
        if (mock.DataFile is not null)
        {
            throw new InvalidOperationException($"TelnyxMock '{mock.Name}' keeps its data in the file '{mock.DataFile}' (WithDataFile), which a container cannot open: use RunAsContainer(c => c.WithDataVolume()) instead.");
        }

        var app = builder.ApplicationBuilder;
        if (!app.TryCreateResourceBuilder<TelnyxMockContainerResource>(mock.Name, out var container))
        {
            // The container replaces the process in the model; both read and write the same annotations.
            app.Resources.Remove(mock);
            container = app.AddResource(new TelnyxMockContainerResource(mock))
                .WithImage(TelnyxMockContainerImageTags.Image, TelnyxMockContainerImageTags.Tag);
            if (TelnyxMockContainerImageTags.Registry is { Length: > 0 } registry)
            {
                container.WithImageRegistry(registry);
            }

            container.WithEndpoint(TelnyxMockResource.HttpEndpointName, e => e.TargetPort = TelnyxMockResource.ContainerPort, createIfNotExists: false);
        }

        configureContainer?.Invoke(container);
        return builder;
    }

    /// <summary>Keeps the container's data on a volume at <c>/data</c> (the image's database), so it outlives the container.</summary>
    /// <param name="builder">The container's builder, in <c>RunAsContainer</c>'s callback.</param>
    /// <param name="name">The volume's name; null for one made from the AppHost and resource names.</param>
    public static IResourceBuilder<TelnyxMockContainerResource> WithDataVolume(this IResourceBuilder<TelnyxMockContainerResource> builder, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Resource.Mock.HasDataVolume = true;
        return builder.WithVolume(name ?? VolumeNameGenerator.Generate(builder, "data"), TelnyxMockLaunch.ContainerDataDirectory);
    }
}

/// <summary>The image <c>RunAsContainer</c> starts unless told otherwise, fixed when this package was packed.</summary>
public static class TelnyxMockContainerImageTags
{
    private static readonly Assembly Package = typeof(TelnyxMockContainerImageTags).Assembly;

    /// <summary><c>ghcr.io</c> for a released package; empty for a local pack (an image of the local engine).</summary>
    public static string Registry { get; } = Metadata("TelnyxMockImageRegistry");

    /// <summary><c>&lt;owner&gt;/telnyxmock</c> for a released package (the release workflow's image); <c>telnyxmock</c> for a local pack.</summary>
    public static string Image { get; } = Metadata("TelnyxMockImage");

    /// <summary>This package's version: the image of the same release, so the mock matches the integration.</summary>
    public static string Tag { get; } = Metadata("TelnyxMockImageTag");

    private static string Metadata(string key) =>
        Package.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value ?? "";
}
