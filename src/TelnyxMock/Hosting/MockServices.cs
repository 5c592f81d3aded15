using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;
using TelnyxMock.Control;
using TelnyxMock.Data;
using TelnyxMock.Fixtures;
using TelnyxMock.Resources;
using TelnyxMock.V1.Connections;
using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.Hosting;

public static class MockServices
{
    /// <summary>
    /// Every resource the mock serves, registered once: its routes, fixtures section, reset, journal, Swagger schemas and
    /// the tests' matrices all follow from this list (in this order in Swagger and in a fixtures error's hint).
    /// </summary>
    public static readonly Resource[] Registered =
    [
        ConnectionsApi.Resource,
        IpConnectionDefinition.Resource,
        V2.Ips.IpDefinition.Resource,
        V2.CredentialConnections.CredentialConnectionDefinition.Resource,
        V2.FqdnConnections.FqdnConnectionDefinition.Resource,
        V2.Fqdns.FqdnDefinition.Resource,
        V2.OutboundVoiceProfiles.OutboundVoiceProfileDefinition.Resource,
        V2.PhoneNumbers.PhoneNumberDefinition.Resource,
        V2.NumberOrders.NumberOrderDefinition.Resource,
        V2.TelephonyCredentials.TelephonyCredentialDefinition.Resource,
    ];

    /// <summary>Everything the mock needs, registered once: JSON, store, validation, auth, fixtures, Swagger.</summary>
    public static WebApplicationBuilder AddTelnyxMock(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<MockOptions>(builder.Configuration.GetSection(MockOptions.Section));
        if (builder.Configuration.GetValue<bool>($"{MockOptions.Section}:{nameof(MockOptions.Quiet)}"))
        {
            // Registered after appsettings' "Default" rule, so it wins over it. The host's lifetime lines stay: they say
            // where the mock listens, which a user of --port 0 needs.
            builder.Logging.AddFilter(category: null, LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        }

        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));

        services.AddSingleton(_ => new MockClock(TimeProvider.System));
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<MockClock>());
        // Ids read real time, not the mock's: a clock moved forward and then back (or a restart, which returns it to
        // real time) would otherwise hand out again ids made while it was ahead.
        services.AddSingleton(sp => new IdGenerator(sp.GetRequiredService<MockClock>().Real));
        services.AddScoped<CurrentAccount>();
        services.AddSingleton<CredentialResolver>();
        services.AddScoped<AuthFilter>();
        services.AddSingleton<ValidationFilter>();
        services.AddSingleton(new ResourceRegistry(Registered));
        services.AddScoped<ResourceWriter>();
        services.AddScoped<FixtureLoader>();
        services.AddSingleton<V2.TelephonyCredentials.TokenSigner>();

        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            // A client that stalls mid-request is dropped after 10 s instead of Kestrel's 30 s, and
            // Kestrel:Limits:* settings (which Kestrel itself does not read from configuration) apply.
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            context.Configuration.GetSection("Kestrel:Limits").Bind(kestrel.Limits);
        });

        services.AddMockControl();
        services.AddMockDatabase(builder.Configuration, CompiledModel.MockDbContextModel.Instance);
        services.AddHostedService<StartupTasks>();
        services.AddMockSwagger();
        services.AddProblemDetails();
        return builder;
    }
}
