using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Errors;
using TelnyxMock.Data;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.CredentialConnections;

/// <summary>Telnyx V2 credential connections: <c>/v2/credential_connections</c>, plus <c>actions/check_registration_status</c>.</summary>
public static class CredentialConnectionsApi
{
    public static readonly V2ConnectionResource<CredentialConnectionRow> Resource = new()
    {
        Definition = CredentialConnectionDefinition.Definition,
        Names = new("/v2/credential_connections", "Credential Connections", "CredentialConnection", "CredentialConnections", "a credential connection", "Credential connections"),
        ListDescription = "Returns a list of your credential connections, filtered, sorted (newest first by default) and paged.",
        CreateExample = """
            {"connection_name": "softphones", "user_name": "officedesk01", "password": "s3cret-passw0rd",
             "sip_uri_calling_preference": "internal", "inbound": {"codecs": ["OPUS", "G722"], "simultaneous_ringing": "enabled"},
             "outbound": {"localization": "GB"}}
            """,
        UpdateExample = """{"active": false, "inbound": {"timeout_1xx_secs": 5}}""",
        DeleteDescription = "Deletes a credential connection and returns it; its user name becomes free.",
        FixtureSection = "credential_connections",
        FixtureExtras = RegistrationStatusDefinition.Fixture,
        MoreRoutes = MapCheckRegistrationStatus,
    };

    private static void MapCheckRegistrationStatus(RouteGroupBuilder group) =>
        group.MapPost("/{id}/actions/check_registration_status", CheckRegistrationStatus)
            .WithOperation("CheckRegistrationStatus", "Check a Credential Connection Registration Status", "The registration of the connection's SIP user: \"Not Registered\" unless fixtures set another state (no device registers with a mock).")
            .ProducesResource(RegistrationStatusDefinition.Definition, StatusCodes.Status200OK, ResourceWrapping.Data)
            .ProducesV2Errors(StatusCodes.Status404NotFound);

    public static async Task<IResult> CheckRegistrationStatus(string id, MockDbContext db, CurrentAccount account, CancellationToken cancellationToken)
    {
        var connection = TelnyxMock.Resources.Resource.TryParseId(id, out var key)
            ? await db.Set<CredentialConnectionRow>().FirstOrDefaultAsync(c => c.Id == key && c.Account == account.Name, cancellationToken)
            : null;
        return connection is null ? V2Errors.NotFoundResult() : ResourceJson.Data(RegistrationStatusDefinition.Of(connection));
    }
}
