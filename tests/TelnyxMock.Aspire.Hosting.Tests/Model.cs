using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Logging.Abstractions;

namespace TelnyxMock.Aspire.Hosting.Tests;

/// <summary>
/// Reads a resource as Aspire's orchestrator would, without one: endpoints are given the addresses DCP would give,
/// then the arguments and environment are evaluated by Aspire's own <see cref="ExecutionConfigurationBuilder"/>.
/// </summary>
internal static class Model
{
    public static IDistributedApplicationBuilder Builder() =>
        DistributedApplication.CreateBuilder(new DistributedApplicationOptions { DisableDashboard = true, AssemblyName = typeof(Model).Assembly.GetName().Name });

    /// <summary>Gives the resource's endpoint the address DCP's proxy would (<paramref name="port"/>) and the target port behind it.</summary>
    public static void Allocate(IResource resource, int port, int targetPort, string name = "http")
    {
        var endpoint = resource.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == name);
        endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, "localhost", port, targetPortExpression: targetPort.ToString());
    }

    public static async Task<(IReadOnlyList<string> Args, IReadOnlyDictionary<string, string> Env)> EvaluateAsync(IResource resource)
    {
        var result = await ExecutionConfigurationBuilder.Create(resource)
            .WithArgumentsConfig()
            .WithEnvironmentVariablesConfig()
            .BuildAsync(new DistributedApplicationExecutionContext(DistributedApplicationOperation.Run), NullLogger.Instance, CancellationToken.None);
        Assert.Null(result.Exception);
        return (result.Arguments.Select(a => a.Value).ToList(), result.EnvironmentVariables.ToDictionary());
    }

    /// <summary>The mock's own settings: the environment variables that configure TelnyxMock.</summary>
    public static Dictionary<string, string> Settings(IReadOnlyDictionary<string, string> env) =>
        env.Where(e => e.Key.StartsWith("TelnyxMock__", StringComparison.Ordinal) || e.Key.StartsWith("ConnectionStrings__", StringComparison.Ordinal))
            .ToDictionary();
}
