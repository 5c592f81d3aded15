using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace TelnyxMock.Hosting;

/// <summary>
/// Each document offers, in Swagger UI's Authorize dialog, the credentials its own surface takes: the control document
/// the admin token; the Telnyx document a Bearer key for every operation, and V1's user/token pair for V1 operations.
/// </summary>
public sealed class SecuritySchemesDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Components ??= new OpenApiComponents();
        var schemes = document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>();
        OpenApiSecurityRequirement Requirement(params string[] names)
        {
            var requirement = new OpenApiSecurityRequirement();
            foreach (var name in names)
            {
                requirement[new OpenApiSecuritySchemeReference(name, document)] = [];
            }

            return requirement;
        }

        if (context.DocumentName == OpenApiDocuments.Control)
        {
            schemes["admin_token"] = Bearer("The TelnyxMock:AdminToken setting, when one is set; without one the control API is open and needs nothing.");
            schemes["x-mock-admin-token"] = Header("X-Mock-Admin-Token", "The same admin token, in a header of its own.");
            document.Security = [Requirement("admin_token"), Requirement("x-mock-admin-token")];
            return;
        }

        schemes["bearer"] = Bearer("A Telnyx API key (V2 and V1). Any non-empty key names an account unless accounts are configured.");
        schemes["x-api-user"] = Header("x-api-user", "V1 only, with x-api-token: Telnyx's V1 user. V1 also takes `Authorization: Token <token>`.");
        schemes["x-api-token"] = Header("x-api-token", "V1 only, with x-api-user: Telnyx's V1 token.");
        document.Security = null;
        foreach (var (path, item) in document.Paths)
        {
            var v1 = path.StartsWith("/security/", StringComparison.Ordinal);
            foreach (var operation in item.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
            {
                operation.Security = v1 ? [Requirement("bearer"), Requirement("x-api-user", "x-api-token")] : [Requirement("bearer")];
            }
        }
    }

    private static OpenApiSecurityScheme Bearer(string description) =>
        new() { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = description };

    private static OpenApiSecurityScheme Header(string name, string description) =>
        new() { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = name, Description = description };
}
