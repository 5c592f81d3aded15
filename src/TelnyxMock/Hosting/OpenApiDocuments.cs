using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

using TelnyxMock.Common;
using TelnyxMock.Resources;

namespace TelnyxMock.Hosting;

/// <summary>The two OpenAPI documents: the Telnyx surface, and the mock's own control surface.</summary>
public static class OpenApiDocuments
{
    public const string Telnyx = ApiDocuments.Telnyx;
    public const string Control = ApiDocuments.Control;

    public static IServiceCollection AddMockSwagger(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSingleton<ISerializerDataContractResolver>(
            new JsonSerializerDataContractResolver(Common.Json.ApiJson.CreateSerializerOptions()));
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(Telnyx, new OpenApiInfo
            {
                Title = "TelnyxMock: Telnyx connection APIs",
                Version = "v1+v2",
                Description = "Connections V1 (/security/connections) and the V2 connection family (/v2/ip_connections, /v2/ips, /v2/credential_connections, /v2/fqdn_connections, /v2/fqdns, /v2/connections), as TelnyxMock serves them.",
            });
            options.SwaggerDoc(Control, new OpenApiInfo
            {
                Title = "TelnyxMock: control API",
                Version = "v1",
                Description = "The mock's own /_mock endpoints: health, reset, fixtures, request journal, faults, clock.",
            });
            options.DocInclusionPredicate((document, api) => api.GroupName == document);

            // So that "Try it out" in Swagger UI sends the credentials each surface takes (see the filter).
            options.DocumentFilter<SecuritySchemesDocumentFilter>();
            // Resource bodies and responses first: the example filter writes into the request body they describe.
            options.OperationFilter<Resources.ResourceSchemas>();
            options.OperationFilter<RequestExampleOperationFilter>();
            options.OperationFilter<QueryParametersOperationFilter>();
            options.CustomSchemaIds(type => type.FullName!.Replace("TelnyxMock.", string.Empty).Replace('+', '.').Replace('`', '_'));
            options.SupportNonNullableReferenceTypes();
            options.UseAllOfToExtendReferenceSchemas();
            var xml = Path.Combine(AppContext.BaseDirectory, "TelnyxMock.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }
        });
        return services;
    }

    public static WebApplication UseMockSwagger(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "swagger";
            options.SwaggerEndpoint($"/swagger/{Telnyx}/swagger.json", "Telnyx connection APIs");
            options.SwaggerEndpoint($"/swagger/{Control}/swagger.json", "TelnyxMock control");
            options.DocumentTitle = "TelnyxMock";
        });
        // The root leads a person who opens the mock in a browser to Swagger UI.
        app.MapGet("/", () => TypedResults.Redirect("/swagger/")).ExcludeFromDescription();
        return app;
    }
}
