using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

/// <summary>Points a service at a TelnyxMock resource.</summary>
public static class TelnyxMockReferenceExtensions
{
    /// <summary>The variable the Telnyx Node, Python, Java and Go SDKs read their base URL from.</summary>
    public const string BaseUrlVariable = "TELNYX_BASE_URL";

    /// <summary>The variable the Node, Python, Java and Go SDKs read their API key from.</summary>
    public const string ApiKeyVariable = "TELNYX_API_KEY";

    /// <summary>The variable the .NET SDK (Telnyx.net) reads its API key from; it reads no base URL (see the remarks).</summary>
    public const string DotNetApiKeyVariable = "TelnyxApiKey";

    /// <summary>
    /// Gives <paramref name="builder"/> the mock's address: what Aspire's <c>WithReference</c> gives for a connection
    /// string (<c>ConnectionStrings__{name}</c> = the V2 base URL, and <c>{NAME}_URI</c>, <c>{NAME}_HOST</c>,
    /// <c>{NAME}_PORT</c>), plus <c>TELNYX_BASE_URL</c> = the V2 base URL, and with <c>WithApiKey</c> the key as
    /// <c>TELNYX_API_KEY</c> and <c>TelnyxApiKey</c>.
    /// </summary>
    /// <remarks>
    /// The official .NET SDK (Telnyx.net) takes its base URL only from code:
    /// <c>TelnyxConfiguration.SetApiBase(builder.Configuration.GetConnectionString("telnyx"))</c>.
    /// </remarks>
    /// <param name="builder">The service's builder.</param>
    /// <param name="source">The mock.</param>
    /// <param name="connectionName">The connection string's name; the mock's resource name when null.</param>
    public static IResourceBuilder<TDestination> WithReference<TDestination>(this IResourceBuilder<TDestination> builder, IResourceBuilder<TelnyxMockResource> source, string? connectionName = null)
        where TDestination : IResourceWithEnvironment
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(source);

        var mock = source.Resource;
        // Aspire's own connection-string reference: the variables above and the dashboard's reference relationship.
        ResourceBuilderExtensions.WithReference(builder, (IResourceBuilder<IResourceWithConnectionString>)source, connectionName);
        return builder.WithEnvironment(context =>
        {
            context.EnvironmentVariables[BaseUrlVariable] = mock.ConnectionStringExpression;
            // Read when the service starts, so WithApiKey may come after WithReference.
            if (mock.ApiKey is { } key)
            {
                context.EnvironmentVariables[ApiKeyVariable] = key;
                context.EnvironmentVariables[DotNetApiKeyVariable] = key;
            }
        });
    }
}
