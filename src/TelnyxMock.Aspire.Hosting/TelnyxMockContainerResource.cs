namespace Aspire.Hosting.ApplicationModel;

/// <summary>
/// The container that runs a <see cref="TelnyxMockResource"/> after <c>RunAsContainer</c>. It takes the mock's place in
/// the model and shares its annotations (endpoint, health check, environment), so a reference or a wait taken on the
/// mock's builder, before or after the switch, reaches the container; configure it in <c>RunAsContainer</c>'s callback
/// (<c>WithDataVolume</c>, <c>WithImageTag</c>, <c>WithLifetime</c>).
/// </summary>
/// <remarks>Aspire's own <c>PublishAsDockerFile</c> turns an executable into a container the same way.</remarks>
public class TelnyxMockContainerResource(TelnyxMockResource mock) : ContainerResource(mock.Name), IResourceWithConnectionString
{
    /// <summary>The mock this container runs; its settings are the container's.</summary>
    public TelnyxMockResource Mock { get; } = mock;

    /// <inheritdoc />
    public override ResourceAnnotationCollection Annotations => Mock.Annotations;

    /// <inheritdoc />
    public ReferenceExpression ConnectionStringExpression => Mock.ConnectionStringExpression;

    /// <inheritdoc />
    public IEnumerable<KeyValuePair<string, ReferenceExpression>> GetConnectionProperties() => Mock.GetConnectionProperties();
}
