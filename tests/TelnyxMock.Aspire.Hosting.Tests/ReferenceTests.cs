using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace TelnyxMock.Aspire.Hosting.Tests;

/// <summary>What a service that references the mock is given: the SDKs' variables and Aspire's connection string.</summary>
public sealed class ReferenceTests
{
    [Fact]
    public async Task WithReference_GivesTheV2BaseUrlAsTelnyxBaseUrlAndConnectionString()
    {
        var builder = Model.Builder();
        var telnyx = builder.AddTelnyxMock("telnyx");
        var service = builder.AddExecutable("service", "node", ".", "app.mjs").WithReference(telnyx);
        Model.Allocate(telnyx.Resource, port: 5111, targetPort: 6222);

        var (_, env) = await Model.EvaluateAsync(service.Resource);

        Assert.Equal("http://localhost:5111/v2", env["TELNYX_BASE_URL"]);
        Assert.Equal("http://localhost:5111/v2", env["ConnectionStrings__telnyx"]);
        Assert.Equal("http://localhost:5111", env["TELNYX_URI"]);
        Assert.Equal(("localhost", "5111"), (env["TELNYX_HOST"], env["TELNYX_PORT"]));
        Assert.DoesNotContain("TELNYX_API_KEY", env.Keys);
        Assert.DoesNotContain("TelnyxApiKey", env.Keys);
    }

    [Fact]
    public async Task WithReference_GivesTheApiKeyToEverySdk_EvenWhenTheKeyComesLater()
    {
        var builder = Model.Builder();
        var telnyx = builder.AddTelnyxMock("telnyx");
        var service = builder.AddExecutable("service", "node", ".", "app.mjs").WithReference(telnyx);
        telnyx.WithApiKey(builder.AddParameter("key", "KEY_aspire"));
        Model.Allocate(telnyx.Resource, port: 5111, targetPort: 6222);

        var (_, env) = await Model.EvaluateAsync(service.Resource);

        Assert.Equal(("KEY_aspire", "KEY_aspire"), (env["TELNYX_API_KEY"], env["TelnyxApiKey"]));
    }

    [Fact]
    public async Task WithReference_ReachesTheContainer_WhetherTakenBeforeOrAfterRunAsContainer()
    {
        var builder = Model.Builder();
        var telnyx = builder.AddTelnyxMock("telnyx");
        var early = builder.AddExecutable("early", "node", ".", "app.mjs").WithReference(telnyx, "telnyx-early");
        telnyx.RunAsContainer();
        var late = builder.AddExecutable("late", "node", ".", "app.mjs").WithReference(telnyx);
        // The container's endpoint is the one DCP allocates: set on the container, read through the mock.
        Model.Allocate(builder.Resources.OfType<TelnyxMockContainerResource>().Single(), port: 5333, targetPort: 12111);

        var (_, earlyEnv) = await Model.EvaluateAsync(early.Resource);
        var (_, lateEnv) = await Model.EvaluateAsync(late.Resource);

        Assert.Equal("http://localhost:5333/v2", earlyEnv["ConnectionStrings__telnyx-early"]);
        Assert.Equal("http://localhost:5333/v2", earlyEnv["TELNYX_BASE_URL"]);
        Assert.Equal("http://localhost:5333/v2", lateEnv["TELNYX_BASE_URL"]);
    }

    [Fact]
    public async Task TheContainer_HasTheMocksConnectionString()
    {
        var builder = Model.Builder();
        builder.AddTelnyxMock("telnyx").RunAsContainer();
        var container = builder.Resources.OfType<TelnyxMockContainerResource>().Single();
        Model.Allocate(container, port: 5333, targetPort: 12111);

        Assert.Equal("http://localhost:5333/v2", await ((IResourceWithConnectionString)container).GetConnectionStringAsync());
    }
}
