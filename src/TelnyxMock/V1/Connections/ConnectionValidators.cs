using FluentValidation;
using TelnyxMock.Common.Validation;
using TelnyxMock.Resources;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// The rules of a V1 connection's fields, whether it is created or updated: every field's own rules come from
/// <see cref="ConnectionDefinition"/>; written here is only what spans fields or belongs to one operation.
/// </summary>
public abstract class ConnectionFieldsValidator<T> : DefinitionValidator<T>
    where T : ConnectionFields
{
    protected ConnectionFieldsValidator()
    {
        RuleFor(x => x.EncryptedMedia).Must((r, media) => ConnectionFieldRules.EncryptionAllowed(r.TransportProtocol, media))
            .WithMessage(ConnectionFieldRules.EncryptionWithTlsMessage);
    }
}

public sealed class CreateConnectionRequestValidator : ConnectionFieldsValidator<CreateConnectionRequest>
{
    public CreateConnectionRequestValidator()
    {
        RuleFor(x => x.ConnectionName).Required();

        // A new connection has no authorized IPs, so no non-zero default IP id can point at one.
        RuleFor(x => x.DefaultPrimaryAuthorizedIpId).Must(ConnectionRules.IsUnset).WithMessage(ConnectionRules.NoIpsMessage);
        RuleFor(x => x.DefaultSecondaryAuthorizedIpId).Must(ConnectionRules.IsUnset).WithMessage(ConnectionRules.NoIpsMessage);
        RuleFor(x => x.DefaultTertiaryAuthorizedIpId).Must(ConnectionRules.IsUnset).WithMessage(ConnectionRules.NoIpsMessage);
    }
}

public sealed class UpdateConnectionRequestValidator : ConnectionFieldsValidator<UpdateConnectionRequest>;
