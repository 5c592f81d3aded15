using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Common.Validation;
using TelnyxMock.Data;
using TelnyxMock.Fixtures;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.CredentialConnections;

/// <summary>
/// What a credential connection entry of a fixtures document has besides the connection's own fields: an optional fixed
/// id, and <c>registration</c>, the state <c>check_registration_status</c> reports (<c>status</c>, <c>ip_address</c>,
/// <c>port</c>, <c>transport</c>, <c>user_agent</c>, <c>last_registration</c>).
/// </summary>
public sealed record CredentialConnectionFixtureExtras
{
    public static readonly string[] Names = ["id", "registration"];

    [JsonConverter(typeof(IntegerOrStringConverter)), Expects("a string of digits")]
    public string? Id { get; init; }

    [Expects("an object")]
    public JsonObject? Registration { get; init; }
}

public sealed class CredentialConnectionFixtureExtrasValidator : AbstractValidator<CredentialConnectionFixtureExtras>
{
    public CredentialConnectionFixtureExtrasValidator() => RuleFor(x => x.Id).FixedId();
}

/// <summary>The <c>credential_connections</c> section of a fixtures document.</summary>
public sealed class CredentialConnectionFixtureSection(ResourceFixture fixture, RequestValidation validation) : IFixtureSection
{
    public string Name => "credential_connections";

    public async Task<IReadOnlyList<FieldError>> StageAsync(string account, JsonArray entries, string pointer, MockDbContext db, CancellationToken cancellationToken)
    {
        var definition = CredentialConnectionDefinition.Definition;
        var errors = new List<FieldError>();
        var seenIds = new HashSet<long>();
        var seenNames = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < entries.Count; index++)
        {
            var at = $"{pointer}/{index}";
            if (entries[index] is not JsonObject json)
            {
                errors.Add(new FieldError(at, "A credential_connections entry must be a JSON object."));
                continue;
            }

            var entry = await fixture.ReadAsync<CredentialConnectionFixtureExtras>(definition, json, CredentialConnectionFixtureExtras.Names, x => x.Id, cancellationToken);
            var userName = (string?)entry.Document["user_name"];
            var holders = new HashSet<long>();
            if (userName is not null && (!seenNames.Add(userName)
                || await db.Set<CredentialConnectionRow>().AnyAsync(c => c.UserName == userName && c.Id != entry.Id, cancellationToken)))
            {
                holders.Add(0);
            }

            ResourceFixture.Check(definition, entry, new RuleContext(Creating: true)
            {
                Linked = new Dictionary<string, IReadOnlySet<long>> { [CredentialConnectionDefinition.UserNameHolders] = holders },
            });
            var registration = Registration(entry.Extras?.Registration, userName, entry.Errors);
            if (!seenIds.Add(entry.Id))
            {
                entry.Errors.Add(new FieldError("/id", $"id {entry.Id} is used by an earlier entry."));
            }

            if (await FixtureEntry.IdOfAnotherConnectionTypeAsync<CredentialConnectionRow>(db, entry.Id, cancellationToken))
            {
                entry.Errors.Add(new FieldError("/id", $"id {entry.Id} is the id of a connection of another type: connection ids are unique across types."));
            }

            if (entry.Errors.Count == 0)
            {
                // A fixed id replaces what a previous load stored under it, so a fixtures file can be loaded at every start.
                await db.Set<CredentialConnectionRow>().Where(c => c.Id == entry.Id).ExecuteDeleteAsync(cancellationToken);
                var connection = new CredentialConnectionRow { Id = entry.Id, Account = account, CreatedAt = entry.Now, UpdatedAt = entry.Now, Registration = registration };
                connection.Write(entry.Document);
                db.Add(connection);
            }

            errors.AddRange(entry.Errors.DistinctBy(e => (e.Pointer, e.Detail)).Select(e => e with { Pointer = at + e.Pointer }));
        }

        return errors;
    }

    /// <summary>The registration document a fixture gives, checked by its definition, or null for none.</summary>
    private string? Registration(JsonObject? given, string? userName, List<FieldError> errors)
    {
        if (given is null)
        {
            return null;
        }

        var definition = RegistrationStatusDefinition.Definition;
        var bound = ShapeBinder.Bind(definition.Shape, given, strict: true);
        errors.AddRange(validation.Failures(definition.Shape, bound, creating: true).Select(e => e with { Pointer = "/registration" + e.Pointer }));
        var document = definition.New(0, DateTime.UnixEpoch);
        definition.Apply(document, bound.Values);
        document["sip_username"] = userName;
        return document.ToJsonString(ApiJson.Options);
    }
}
