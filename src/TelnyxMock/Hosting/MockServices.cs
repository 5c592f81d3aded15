using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;
using TelnyxMock.Control;
using TelnyxMock.Data;
using TelnyxMock.Fixtures;
using TelnyxMock.V1.Connections;
using TelnyxMock.V2.IpConnections;

namespace TelnyxMock.Hosting;

public static class MockServices
{
    /// <summary>Everything the mock needs, registered once: JSON, store, validation, auth, fixtures, Swagger.</summary>
    public static WebApplicationBuilder AddTelnyxMock(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<MockOptions>(builder.Configuration.GetSection(MockOptions.Section));
        if (builder.Configuration.GetValue<bool>($"{MockOptions.Section}:{nameof(MockOptions.Quiet)}"))
        {
            // Registered after appsettings' "Default" rule, so it wins over it.
            builder.Logging.AddFilter(category: null, LogLevel.Warning);
        }

        services.ConfigureHttpJsonOptions(options => Configure(options.SerializerOptions));

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IdGenerator>();
        services.AddSingleton(sp => new BodyBinder(CreateSerializerOptions()));
        services.AddScoped<CurrentAccount>();
        services.AddSingleton<CredentialResolver>();
        services.AddScoped<AuthFilter>();
        services.AddSingleton<RequestValidation>();
        services.AddSingleton<ValidationFilter>();
        // Resource fields are checked by the validators their definitions generate (ShapeValidator.For), not registered ones.
        services.AddValidatorsFromAssemblyContaining<MockOptions>(ServiceLifetime.Singleton, filter: v => v.ValidatorType != typeof(Resources.ShapeValidator), includeInternalTypes: true);
        services.AddScoped<FixtureLoader>();
        services.AddSingleton<ResourceFixture>();
        services.AddScoped<IFixtureSection, ConnectionFixtureSection>();
        services.AddScoped<IFixtureSection, IpConnectionFixtureSection>();
        services.AddScoped<V2.Ips.IpFixtureSection>();
        services.AddScoped<IFixtureSection>(sp => sp.GetRequiredService<V2.Ips.IpFixtureSection>());
        services.AddScoped<IFixtureSection, V2.CredentialConnections.CredentialConnectionFixtureSection>();
        services.AddScoped<IFixtureSection, V2.FqdnConnections.FqdnConnectionFixtureSection>();
        services.AddScoped<V2.Fqdns.FqdnFixtureSection>();
        services.AddScoped<IFixtureSection>(sp => sp.GetRequiredService<V2.Fqdns.FqdnFixtureSection>());

        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            // A client that stalls mid-request is dropped after 10 s instead of Kestrel's 30 s, and
            // Kestrel:Limits:* settings (which Kestrel itself does not read from configuration) apply.
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
            context.Configuration.GetSection("Kestrel:Limits").Bind(kestrel.Limits);
        });

        services.AddMockControl();
        services.AddMockDatabase(builder.Configuration);
        services.AddHostedService<StartupTasks>();
        services.AddMockSwagger();
        services.AddProblemDetails();
        return builder;
    }

    /// <summary>Telnyx's wire format: snake_case names, nulls written, enums as their strings.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.NumberHandling = JsonNumberHandling.Strict;
        // One encoding everywhere (responses written by the framework and stored documents alike): "rtp+1" and "<"
        // as they are, not "rtp\u002B1". Bodies are JSON served as application/json, never embedded in HTML.
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new UtcMillisecondsConverter());
    }

    public static JsonSerializerOptions CreateSerializerOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
