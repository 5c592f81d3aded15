using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using TelnyxMock.Common;
using TelnyxMock.Common.Auth;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Data;

namespace TelnyxMock.V2.TelephonyCredentials;

/// <summary>
/// <c>POST /v2/telephony_credentials/{id}/token</c>: a login token for a credential, answered as <c>text/plain</c>: a JWT
/// signed with HS256 by the mock's secret (<see cref="MockOptions.TokenSecret"/>, or a random one per process), whose
/// claims name the credential and its SIP user name and which expires <see cref="Lifetime"/> after it is issued, by
/// the mock's clock. An expired credential gets a 422, not a token.
/// </summary>
public static class TelephonyCredentialTokens
{
    public const string Issuer = "telnyx_telephony";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{id}/token", CreateTokenAsync)
            .WithOperation("CreateTelephonyCredentialToken", "Create an Access Token (JWT) for the credential",
                "A JWT (HS256, signed with the mock's TokenSecret setting) naming the credential and its SIP user name, valid for 24 hours of the mock's clock; 422 for an expired credential.")
            .Produces<string>(StatusCodes.Status201Created, "text/plain")
            .ProducesV2Errors(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

    public static async Task<IResult> CreateTokenAsync(string id, MockDbContext db, CurrentAccount account, TimeProvider clock, TokenSigner signer, CancellationToken cancellationToken)
    {
        var resource = TelephonyCredentialDefinition.Resource;
        if (!resource.TryParse(id, out var key) || await resource.FindAsync(db, key, account.Name, tracking: false, cancellationToken) is not { } row)
        {
            return V2Errors.NotFoundResult();
        }

        var credential = row.Read();
        var now = clock.GetUtcNow();
        if (TelephonyCredentialDefinition.Expired(credential, now.UtcDateTime))
        {
            return V2Errors.ValidationResult([new FieldError("/expires_at", $"The credential expired at {(string?)credential["expires_at"]}: no token is issued for an expired credential.")]);
        }

        var token = signer.Sign(new JsonObject
        {
            ["iss"] = Issuer,
            ["aud"] = Issuer,
            ["sub"] = (string)credential["id"]!,
            ["telephony_credential_id"] = (string)credential["id"]!,
            ["sip_username"] = (string)credential["sip_username"]!,
            ["user_id"] = account.Name,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = (now + Lifetime).ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString(),
        });
        return TypedResults.Text(token, "text/plain", Encoding.UTF8, StatusCodes.Status201Created);
    }
}

/// <summary>Signs JWTs with HS256 and the mock's token secret (the setting, or 32 random bytes drawn once per process).</summary>
public sealed class TokenSigner(IOptions<MockOptions> options)
{
    private readonly byte[] secret = string.IsNullOrEmpty(options.Value.TokenSecret) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(options.Value.TokenSecret);

    public string Sign(JsonObject claims)
    {
        var header = Base64Url("""{"alg":"HS256","typ":"JWT"}"""u8.ToArray());
        var payload = Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString(ApiJson.Options)));
        var signature = Base64Url(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
