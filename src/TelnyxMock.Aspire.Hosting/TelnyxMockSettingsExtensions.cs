using Aspire.Hosting.ApplicationModel;

namespace Aspire.Hosting;

/// <summary>
/// The mock's settings (the README's "Settings") as builder methods. Each applies to the process and to the container
/// alike, whichever order they come in; anything not covered here is
/// <c>.WithEnvironment("TelnyxMock__JournalSize", "0")</c>.
/// </summary>
public static class TelnyxMockSettingsExtensions
{
    /// <summary>
    /// Loads a fixtures file at start-up (<c>TelnyxMock:FixturesFile</c>; the format is the README's "Fixtures"). The
    /// container gets it bind-mounted read-only under <c>/fixtures</c>. A file the mock refuses stops it, with every error
    /// in its log.
    /// </summary>
    /// <param name="builder">The mock's builder.</param>
    /// <param name="path">The JSON file; a relative path is relative to the AppHost's directory.</param>
    public static IResourceBuilder<TelnyxMockResource> WithFixtures(this IResourceBuilder<TelnyxMockResource> builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var file = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        var mock = builder.Resource;
        foreach (var old in mock.Annotations.OfType<ContainerMountAnnotation>().Where(IsFixturesMount).ToList())
        {
            mock.Annotations.Remove(old);
        }

        mock.FixturesFile = file;
        // Mounts only matter to a container; a process reads the file where it is.
        return builder.WithAnnotation(new ContainerMountAnnotation(file, TelnyxMockLaunch.ContainerFixturesPath(file), ContainerMountType.BindMount, isReadOnly: true));

        static bool IsFixturesMount(ContainerMountAnnotation m) =>
            m.Target?.StartsWith(TelnyxMockLaunch.ContainerFixturesDirectory + "/", StringComparison.Ordinal) == true;
    }

    /// <summary>
    /// Keeps the process's data in this SQLite file, so it survives a restart of the AppHost (the default keeps it in
    /// memory). For the container, use <c>RunAsContainer(c => c.WithDataVolume())</c>.
    /// </summary>
    /// <param name="builder">The mock's builder.</param>
    /// <param name="path">The SQLite file; a relative path is relative to the AppHost's directory.</param>
    /// <exception cref="InvalidOperationException">The mock runs as a container.</exception>
    public static IResourceBuilder<TelnyxMockResource> WithDataFile(this IResourceBuilder<TelnyxMockResource> builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (builder.Resource.IsContainer())
        {
            throw new InvalidOperationException($"TelnyxMock '{builder.Resource.Name}' runs as a container, which cannot open a file of the host: use RunAsContainer(c => c.WithDataVolume()) instead.");
        }

        builder.Resource.DataFile = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        return builder;
    }

    /// <summary>Rejects unknown body fields (V1: 400, V2: 422, naming the field) instead of ignoring them as Telnyx does (<c>TelnyxMock:Strict</c>).</summary>
    /// <param name="builder">The mock's builder.</param>
    /// <param name="strict">False for Telnyx's own leniency, the mock's default.</param>
    public static IResourceBuilder<TelnyxMockResource> WithStrict(this IResourceBuilder<TelnyxMockResource> builder, bool strict = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Resource.Strict = strict;
        return builder;
    }

    /// <summary>
    /// Makes this key the only one the mock accepts (<c>TelnyxMock:Accounts</c>: one account, named by the key; other
    /// credentials get 401), and gives it to every resource that references the mock as <c>TELNYX_API_KEY</c> (the
    /// Node, Python, Java and Go SDKs' variable) and <c>TelnyxApiKey</c> (the .NET SDK's). Without it the mock accepts
    /// any key and a referencing resource brings its own.
    /// </summary>
    /// <param name="builder">The mock's builder.</param>
    /// <param name="apiKey">A parameter: <c>builder.AddParameter("telnyx-api-key", "KEY_local")</c>, or one from configuration.</param>
    public static IResourceBuilder<TelnyxMockResource> WithApiKey(this IResourceBuilder<TelnyxMockResource> builder, IResourceBuilder<ParameterResource> apiKey)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(apiKey);
        builder.Resource.ApiKey = apiKey.Resource;
        return builder;
    }

    /// <summary>
    /// Requires this token on every <c>/_mock</c> request (<c>TelnyxMock:AdminToken</c>), as <c>Authorization: Bearer</c>
    /// or <c>X-Mock-Admin-Token</c>; the resource's health check sends it.
    /// </summary>
    /// <param name="builder">The mock's builder.</param>
    /// <param name="token">A parameter, usually secret: <c>builder.AddParameter("telnyx-admin-token", secret: true)</c>.</param>
    public static IResourceBuilder<TelnyxMockResource> WithAdminToken(this IResourceBuilder<TelnyxMockResource> builder, IResourceBuilder<ParameterResource> token)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(token);
        builder.Resource.AdminToken = token.Resource;
        return builder;
    }

    /// <summary>
    /// Signs telephony credential tokens (<c>POST /v2/telephony_credentials/{id}/token</c>) with this HS256 secret
    /// (<c>TelnyxMock:TokenSecret</c>), so a test can verify them; otherwise the secret is random per start.
    /// </summary>
    /// <param name="builder">The mock's builder.</param>
    /// <param name="secret">A parameter, usually secret.</param>
    public static IResourceBuilder<TelnyxMockResource> WithTokenSecret(this IResourceBuilder<TelnyxMockResource> builder, IResourceBuilder<ParameterResource> secret)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(secret);
        builder.Resource.TokenSecret = secret.Resource;
        return builder;
    }
}
