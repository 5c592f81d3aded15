using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using TelnyxMock.Common;
using TelnyxMock.Common.Json;
using TelnyxMock.Resources;
using TelnyxMock.V2.CredentialConnections;

namespace TelnyxMock.V2.TelephonyCredentials;

/// <summary>
/// A telephony credential (<c>/v2/telephony_credentials</c>), as the reference's <c>TelephonyCredential</c> orders it:
/// an on-demand SIP login on one of the account's credential connections, for WebRTC clients, with a generated
/// <c>gencred…</c> user name (unique across the mock) and password. It belongs to its connection: deleting the
/// connection deletes it. <c>expired</c> compares <c>expires_at</c> with the mock's clock at every read. A token for it
/// is minted by <see cref="TelephonyCredentialTokens"/>. Its ids are UUIDs.
/// </summary>
public static class TelephonyCredentialDefinition
{
    public const string RecordType = "credential";

    public const int CredentialsPerTag = 1000;

    private const string UserNameCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static readonly ShapeSpec Fields = new("TelephonyCredential",
    [
        F.Link("connection_id", LinkSpec.To<CredentialConnectionRow>("one of your credential connections", column: nameof(TelephonyCredentialRow.ConnectionId), onDelete: OnDelete.Cascade,
            whenNone: "create one with POST /v2/credential_connections")) with
        {
            Nullable = false, Required = true, WriteOnly = true,
            Description = "The credential connection the credential logs in to: the id of one of your credential connections.",
        },
        F.ReadOnly("created_at", FieldType.String) with { Format = Formats.DateTime },
        F.ReadOnly("expired", FieldType.Boolean, false) with { Description = "Whether expires_at has passed, by the mock's clock, at the time of the read." },
        F.Formatted("expires_at", Formats.DateTime).OrNull().Described("When the credential expires (ISO 8601); null for never."),
        F.ReadOnly("id", FieldType.String) with { Format = Formats.Uuid },
        F.Str("name", maxLength: 255) with { Printable = true, Description = "The credential's name; its creation time when left out." },
        F.ReadOnly("record_type", FieldType.String, RecordType),
        F.ReadOnly("resource_id", FieldType.String) with { Description = "connection:<the credential connection's id>." },
        F.ReadOnly("sip_password", FieldType.String) with { Description = "Generated: 32 hexadecimal digits." },
        F.ReadOnly("sip_username", FieldType.String) with
        {
            Description = "Generated: 'gencred' and 22 letters and digits, unique across the mock.",
            Unique = new UniqueSpec(nameof(TelephonyCredentialRow.SipUserName), AcrossAccounts: true, "sip_username {0} is taken; create the credential again."),
        },
        F.Str("tag", maxLength: 255) with
        {
            Nullable = true, Printable = true, WriteOnly = true,
            Description = $"Tags the credential (filter[tag]); a tag holds at most {CredentialsPerTag:N0} credentials.",
            Limit = new ShareLimit(nameof(TelephonyCredentialRow.Tag), CredentialsPerTag, "tag '{0}' already holds {1} credentials, the most a tag holds: use another tag or delete some."),
        },
        F.ReadOnly("updated_at", FieldType.String) with { Format = Formats.DateTime },
        F.ReadOnly("user_id", FieldType.String) with { Description = "The account the credential belongs to." },
    ]);

    private static readonly ResourceDefinition Definition = new("TelephonyCredential", Fields) { Ids = IdFormat.Uuid(0x54454C4352454431), Complete = Complete };

    /// <summary>
    /// Telnyx V2 telephony credentials: <c>/v2/telephony_credentials</c> (list, create, retrieve, update, delete) and
    /// <c>POST /v2/telephony_credentials/{id}/token</c>.
    /// </summary>
    public static readonly V2Resource<TelephonyCredentialRow> Resource = new(Definition, new(
        "/v2/telephony_credentials", "Telephony Credentials", "TelephonyCredential", "TelephonyCredentials", "a telephony credential", "telephony credentials"))
    {
        OperationIds = new("FindTelephonyCredentials", "CreateTelephonyCredential", "GetTelephonyCredential", "UpdateTelephonyCredential", "DeleteTelephonyCredential"),
        CreateDescription = "Creates an on-demand SIP credential on one of your credential connections, with a generated sip_username and sip_password.",
        ListDescription = "Returns a page of your telephony credentials (50 by default), newest first, filtered by tag, name, status, resource_id or sip_username.",
        List = V2Filter.List(V2Sorts<TelephonyCredentialRow>.NewestFirst, 50,
            V2Filter.Exact<TelephonyCredentialRow>("filter[tag]", "Credentials with exactly this tag.", c => c.Tag),
            V2Filter.Exact<TelephonyCredentialRow>("filter[name]", "Credentials with exactly this name.", c => c.Name),
            V2Filter.WhereAt<TelephonyCredentialRow>(new QueryParameter("filter[status]", QueryKind.Enum,
                "'active' for credentials that have not expired by the mock's clock, 'expired' for those that have.") { Values = ["active", "expired"] },
                (status, now) => status == "expired" ? c => c.ExpiresAt != null && c.ExpiresAt <= now : c => c.ExpiresAt == null || c.ExpiresAt > now),
            V2Filter.Exact<TelephonyCredentialRow>("filter[resource_id]", "Credentials of this resource: connection:<credential connection id>.", c => c.ResourceId),
            V2Filter.Exact<TelephonyCredentialRow>("filter[sip_username]", "The credential with this SIP user name.", c => c.SipUserName)),
        Computed = (read, documents) => Task.FromResult<IReadOnlyList<string>>([.. documents.Select(d => AsReadAt(d, read))]),
        CreateExample = """{"connection_id": "1293384261075731499", "name": "browser-alice", "tag": "webrtc", "expires_at": "2030-01-01T00:00:00Z"}""",
        UpdateExample = """{"name": "browser-alice-2", "expires_at": "2031-01-01T00:00:00Z"}""",
        DeleteDescription = "Deletes the credential and returns it: its SIP login and tokens stop working.",
        FixtureSection = "telephony_credentials",
        MoreRoutes = TelephonyCredentialTokens.Map,
    };

    /// <summary>When the document's credential expires (UTC), or null: never.</summary>
    public static DateTime? ExpiresAt(JsonObject document) =>
        (string?)document["expires_at"] is { } at && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime
            : null;

    /// <summary>Whether the credential has expired at <paramref name="now"/>.</summary>
    public static bool Expired(JsonObject document, DateTime now) => ExpiresAt(document) is { } at && at <= now;

    /// <summary>The stored answer as read now: <c>expired</c> by the mock's clock and <c>user_id</c> the account.</summary>
    private static string AsReadAt(string stored, V2Read read)
    {
        var document = JsonNode.Parse(stored)!.AsObject();
        document["expired"] = Expired(document, read.Now);
        document["user_id"] = read.Account;
        return document.ToJsonString(ApiJson.Options);
    }

    /// <summary>What follows from the fields sent: the generated login (once), the resource it names, a name when none is given.</summary>
    private static void Complete(JsonObject document)
    {
        document["sip_username"] ??= "gencred" + RandomNumberGenerator.GetString(UserNameCharacters, 22);
        document["sip_password"] ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        document["resource_id"] = $"connection:{(string?)document["connection_id"]}";
        if (document["name"] is null && (string?)document["created_at"] is { } created)
        {
            document["name"] = created.Replace('T', ' ');
        }
    }
}
