using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Data;
using System.Text.Json.Nodes;
using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.CredentialConnections;

/// <summary>
/// What <c>check_registration_status</c> answers: the registration of a credential connection's SIP user. The mock
/// places no calls and no device registers with it, so a connection is "Not Registered" unless fixtures set another state.
/// </summary>
public static class RegistrationStatusDefinition
{
    public static readonly string[] Statuses = ["Not Applicable", "Not Registered", "Failed", "Expired", "Registered", "Unregistered"];

    public static readonly ShapeSpec Fields = new("RegistrationStatus",
    [
        F.Str("ip_address", maxLength: 45).OrNull() with { OmittedWhenNull = true, Format = Formats.IpAddress, Description = "The address the device registered from." },
        F.Str("last_registration").OrNull() with { OmittedWhenNull = true, Format = Formats.DateTime, Description = "When the device last registered (ISO 8601)." },
        F.Int("port", 1, 65535).OrNull() with { OmittedWhenNull = true },
        F.ReadOnly("record_type", FieldType.String, JsonValue.Create("registration_status")),
        F.ReadOnly("sip_username", FieldType.String),
        F.Enum("status", Statuses, "Not Registered"),
        F.Enum("transport", ["UDP", "TCP", "TLS"]).OrNull() with { OmittedWhenNull = true },
        F.Str("user_agent", maxLength: 255).OrNull() with { OmittedWhenNull = true, Printable = true },
    ]);

    public static ResourceDefinition Definition { get; } = new("RegistrationStatus", Fields);

    /// <summary>The status of <paramref name="connection"/>: what fixtures set, or "Not Registered".</summary>
    public static string Of(CredentialConnectionRow connection)
    {
        var document = connection.Registration is { } set ? JsonNode.Parse(set)!.AsObject() : Definition.New(0, DateTime.UnixEpoch);
        document["sip_username"] = connection.UserName;
        return Definition.Answered(document).ToJsonString(Common.Json.ApiJson.Options);
    }

    /// <summary>
    /// A fixture's <c>registration</c>: the state <c>check_registration_status</c> reports for the connection, checked by
    /// this definition (unknown fields are errors) and kept on the row with the connection's user name.
    /// </summary>
    public static FixtureExtras Fixture { get; } = new(
        new ResourceDefinition("CredentialConnectionFixtureExtras", new ShapeSpec("CredentialConnectionFixtureExtras", [F.Obj("registration", Fields).OrNull()])),
        ApplyFixtureAsync);

    private static Task<IReadOnlyList<FieldError>> ApplyFixtureAsync(FixtureExtrasCall call)
    {
        if (call.Extras["registration"] is JsonObject given)
        {
            var document = Definition.New(0, DateTime.UnixEpoch);
            Definition.Apply(document, given);
            document["sip_username"] = (string?)call.Document["user_name"];
            ((CredentialConnectionRow)call.Row).Registration = document.ToJsonString(Common.Json.ApiJson.Options);
        }

        return Task.FromResult<IReadOnlyList<FieldError>>([]);
    }

    /// <summary><c>POST /v2/credential_connections/{id}/actions/check_registration_status</c>.</summary>
    public static void MapCheck(RouteGroupBuilder group) =>
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
