using FluentValidation;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.IpConnections;

/// <summary>
/// The rules of an IP connection's fields, whether it is created, updated or loaded as a fixture: every field's own
/// rules come from <see cref="IpConnectionDefinition"/>; written here is only what spans fields.
/// </summary>
public abstract class IpConnectionFieldsValidator<T> : DefinitionValidator<T>
    where T : IpConnectionFields
{
    protected IpConnectionFieldsValidator()
    {
        RuleFor(x => x.EncryptedMedia).Must((r, media) => ConnectionFieldRules.EncryptionAllowed(r.TransportProtocol, media))
            .WithMessage(ConnectionFieldRules.EncryptionWithTlsMessage);
    }
}

public sealed class CreateIpConnectionRequestValidator : IpConnectionFieldsValidator<CreateIpConnectionRequest>;

public sealed class UpdateIpConnectionRequestValidator : IpConnectionFieldsValidator<UpdateIpConnectionRequest>;
