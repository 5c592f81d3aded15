using Docker.DotNet.Models;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;

namespace TelnyxMock.Testcontainers;

/// <summary>The container's configuration, and what the module needs to reach the mock (its admin token).</summary>
public sealed class TelnyxMockConfiguration : ContainerConfiguration
{
    public TelnyxMockConfiguration(string? adminToken = null) => AdminToken = adminToken;

    public TelnyxMockConfiguration(IResourceConfiguration<CreateContainerParameters> resourceConfiguration)
        : base(resourceConfiguration)
    {
    }

    public TelnyxMockConfiguration(IContainerConfiguration resourceConfiguration)
        : base(resourceConfiguration)
    {
    }

    public TelnyxMockConfiguration(TelnyxMockConfiguration resourceConfiguration)
        : this(new TelnyxMockConfiguration(), resourceConfiguration)
    {
    }

    public TelnyxMockConfiguration(TelnyxMockConfiguration oldValue, TelnyxMockConfiguration newValue)
        : base(oldValue, newValue) =>
        AdminToken = BuildConfiguration.Combine(oldValue.AdminToken, newValue.AdminToken);

    /// <summary>The <c>TelnyxMock:AdminToken</c> the control API needs, when one is set.</summary>
    public string? AdminToken { get; }
}
