using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// Rules that span fields or need the stored connection. The request validators use them on what a
/// request carries; the handlers use <see cref="Check"/> on the merged result before saving.
/// </summary>
public static class ConnectionRules
{
    public const string NoIpsMessage = "must be 0 or null: only IP-authenticated connections have authorized IPs, and this one has none.";

    public static bool IsUnset(int? authorizedIpId) => authorizedIpId is null or 0;

    /// <summary>The rules a connection must hold once a request has been applied to it.</summary>
    public static List<FieldError> Check(Connection merged)
    {
        var errors = new List<FieldError>();
        if (!ConnectionFieldRules.EncryptionAllowed(merged.TransportProtocol, merged.EncryptedMedia))
        {
            errors.Add(new FieldError("/encrypted_media", $"encrypted_media {ConnectionFieldRules.EncryptionWithTlsMessage}"));
        }

        CheckIp(merged, "default_primary_authorized_ip_id", merged.DefaultPrimaryAuthorizedIpId, errors);
        CheckIp(merged, "default_secondary_authorized_ip_id", merged.DefaultSecondaryAuthorizedIpId, errors);
        CheckIp(merged, "default_tertiary_authorized_ip_id", merged.DefaultTertiaryAuthorizedIpId, errors);
        return errors;
    }

    private static void CheckIp(Connection connection, string field, int? id, List<FieldError> errors)
    {
        if (IsUnset(id))
        {
            return;
        }

        if (connection.AuthenticationType != V1Values.AuthIp)
        {
            errors.Add(new FieldError($"/{field}", $"{field} can only be set on an IP-authenticated connection; this one has authentication_type {connection.AuthenticationType}."));
        }
        else if (connection.AuthorizedIps.All(ip => ip.Id != id))
        {
            errors.Add(new FieldError($"/{field}", $"{field} must be the id of an authorized IP of this connection, got {id}."));
        }
    }
}
