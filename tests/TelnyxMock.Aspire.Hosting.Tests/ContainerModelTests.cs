using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace TelnyxMock.Aspire.Hosting.Tests;

/// <summary>
/// The mock as a container (<c>RunAsContainer</c>), read from the model: no container engine runs here, so what is
/// checked is what Aspire would hand one.
/// </summary>
public sealed class ContainerModelTests
{
    [Fact]
    public async Task RunAsContainer_ReplacesTheProcessWithThePublishedImageOnPort12111()
    {
        var builder = Model.Builder();
        var telnyx = builder.AddTelnyxMock("telnyx").RunAsContainer();
        Model.Allocate(telnyx.Resource, port: 5111, targetPort: 12111);

        var (args, env) = await Model.EvaluateAsync(telnyx.Resource);

        var container = Assert.Single(builder.Resources);
        Assert.IsType<TelnyxMockContainerResource>(container);
        Assert.Equal("telnyx", container.Name);
        Assert.True(container.IsContainer());
        var image = Assert.Single(container.Annotations.OfType<ContainerImageAnnotation>());
        Assert.Equal((TelnyxMockContainerImageTags.Image, TelnyxMockContainerImageTags.Tag), (image.Image, image.Tag));
        Assert.Equal(TelnyxMockContainerImageTags.Registry, image.Registry ?? "");
        Assert.Equal(12111, Assert.Single(container.Annotations.OfType<EndpointAnnotation>()).TargetPort);
        Assert.Empty(args);
        Assert.Equal(new Dictionary<string, string> { ["ConnectionStrings__TelnyxMock"] = "Data Source=:memory:" }, Model.Settings(env));
    }

    [Fact]
    public void DefaultImage_IsThisPackagesRelease()
    {
        var version = typeof(TelnyxMockContainerImageTags).Assembly.GetName().Version!;

        // A released package names ghcr.io/<owner>/telnyxmock (packed on GitHub Actions), a local pack the local image.
        Assert.True(TelnyxMockContainerImageTags.Registry is "" or "ghcr.io", TelnyxMockContainerImageTags.Registry);
        Assert.Matches(TelnyxMockContainerImageTags.Registry == "" ? "^telnyxmock$" : "^[a-z0-9-]+/telnyxmock$", TelnyxMockContainerImageTags.Image);
        Assert.StartsWith(version.ToString(3), TelnyxMockContainerImageTags.Tag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FixturesAndDataVolume_AreMountedAndNamedInsideTheContainer_InEitherOrder()
    {
        var builder = Model.Builder();
        var telnyx = builder.AddTelnyxMock("telnyx")
            .WithFixtures("old.json")
            .RunAsContainer(c => c.WithDataVolume("telnyx-data"))
            .WithFixtures("fixtures/trunks.json");
        Model.Allocate(telnyx.Resource, port: 5111, targetPort: 12111);

        var (_, env) = await Model.EvaluateAsync(telnyx.Resource);

        var mounts = telnyx.Resource.Annotations.OfType<ContainerMountAnnotation>()
            .Select(m => (m.Type, m.Source, m.Target, m.IsReadOnly)).OrderBy(m => m.Target);
        Assert.Equal(
        [
            (ContainerMountType.Volume, "telnyx-data", "/data", false),
            (ContainerMountType.BindMount, Path.Combine(builder.AppHostDirectory, "fixtures", "trunks.json"), "/fixtures/trunks.json", true),
        ], mounts);
        Assert.Equal("Data Source=/data/telnyxmock.db", env["ConnectionStrings__TelnyxMock"]);
        Assert.Equal("/fixtures/trunks.json", env["TelnyxMock__FixturesFile"]);
    }

    [Fact]
    public void ConfigureContainer_ChoosesAnotherImage()
    {
        var telnyx = Model.Builder().AddTelnyxMock("telnyx")
            .RunAsContainer(c => c.WithImageRegistry("registry.example.com").WithImage("team/telnyxmock", "dev"));

        var image = Assert.Single(telnyx.Resource.Annotations.OfType<ContainerImageAnnotation>());
        Assert.Equal(("registry.example.com", "team/telnyxmock", "dev"), (image.Registry, image.Image, image.Tag));
    }

    [Fact]
    public void RunAsContainer_Twice_KeepsOneContainer()
    {
        var builder = Model.Builder();
        builder.AddTelnyxMock("telnyx").RunAsContainer().RunAsContainer(c => c.WithImageTag("dev"));

        var container = Assert.Single(builder.Resources);
        Assert.Equal("dev", Assert.Single(container.Annotations.OfType<ContainerImageAnnotation>()).Tag);
    }

    [Fact]
    public void ADataFile_CannotGoInAContainer_InEitherOrder()
    {
        var builder = Model.Builder();

        var before = Assert.Throws<InvalidOperationException>(() => builder.AddTelnyxMock("a").WithDataFile("a.db").RunAsContainer());
        var after = Assert.Throws<InvalidOperationException>(() => builder.AddTelnyxMock("b").RunAsContainer().WithDataFile("b.db"));

        Assert.Contains("WithDataVolume", before.Message, StringComparison.Ordinal);
        Assert.Contains("WithDataVolume", after.Message, StringComparison.Ordinal);
    }
}
