using TelnyxMock.Common.Errors;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// Rules that span fields. The validators apply them to what a request carries; the handlers apply
/// <see cref="Check"/> to the merged connection, so a PATCH cannot reach a state a POST could not.
/// </summary>
public static class IpConnectionRules
{
    public static List<FieldError> Check(IpConnection merged)
    {
        var errors = new List<FieldError>();
        if (!ConnectionFieldRules.EncryptionAllowed(merged.TransportProtocol, merged.EncryptedMedia))
        {
            errors.Add(new FieldError("/encrypted_media",
                $"encrypted_media {ConnectionFieldRules.EncryptionWithTlsMessage} Set encrypted_media to null or use UDP or TCP."));
        }

        var jitter = merged.JitterBuffer;
        if (jitter.JitterbufferMsecMin > jitter.JitterbufferMsecMax)
        {
            errors.Add(new FieldError("/jitter_buffer/jitterbuffer_msec_min",
                $"jitterbuffer_msec_min must not exceed jitterbuffer_msec_max ({jitter.JitterbufferMsecMax}), got {jitter.JitterbufferMsecMin}."));
        }

        return errors;
    }
}
