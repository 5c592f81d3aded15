using System.Net.Http.Headers;
using TelnyxMock.Common.Errors;
using TelnyxMock.Tests.Coverage;

namespace TelnyxMock.Tests.Robustness;

/// <summary>A way of presenting a credential: a label for messages and the headers it sets.</summary>
public sealed record Credential(string Label, params (string Header, string Value)[] Headers)
{
    public void Apply(HttpRequestHeaders headers)
    {
        foreach (var (header, value) in Headers)
        {
            headers.TryAddWithoutValidation(header, value);
        }
    }

    public static Credential Bearer(string key) => new($"Bearer {key}", ("Authorization", $"Bearer {key}"));

    public static Credential Token(string token) => new($"Token {token}", ("Authorization", $"Token {token}"));

    public static Credential Pair(string user, string token) => new($"x-api-user {user} / x-api-token {token}", ("x-api-user", user), ("x-api-token", token));

    public override string ToString() => Label;
}

/// <summary>The operations, accounts and credentials the security tests run through.</summary>
public static class SecurityMatrix
{
    public const string V1Unauthorized = """{"success":false,"message":"Unauthorized"}""";
    public const string V2Unauthorized = """{"errors":[{"code":"10009","title":"Authentication failed","detail":"Could not understand the provided credentials.","meta":{"url":"https://developers.telnyx.com/docs/overview/errors/10009"}}]}""";

    /// <summary>Well-formed, never issued.</summary>
    public const string UnknownId = "1293384261075731499";

    public const string AcmeKey = "KEY_acme_s3cret_1";
    public const string AcmeUser = "acme-user-s3cret";
    public const string AcmeToken = "acme-token-s3cret";
    public const string GlobexKey = "KEY_globex_s3cret_2";
    public const string GlobexUser = "globex-user-s3cret";
    public const string GlobexToken = "globex-token-s3cret";

    /// <summary>Every operation of the Telnyx surface, read from the mock's endpoints (see <see cref="TelnyxOperations"/>).</summary>
    public static IReadOnlyList<Operation> Operations => TelnyxOperations.All;

    /// <summary>Two configured accounts, each with an API key and a V1 user/token pair.</summary>
    public static Dictionary<string, string?> Accounts => new()
    {
        ["TelnyxMock:Accounts:0:Name"] = "acme",
        ["TelnyxMock:Accounts:0:ApiKeys:0"] = AcmeKey,
        ["TelnyxMock:Accounts:0:V1Users:0:User"] = AcmeUser,
        ["TelnyxMock:Accounts:0:V1Users:0:Token"] = AcmeToken,
        ["TelnyxMock:Accounts:1:Name"] = "globex",
        ["TelnyxMock:Accounts:1:ApiKeys:0"] = GlobexKey,
        ["TelnyxMock:Accounts:1:V1Users:0:User"] = GlobexUser,
        ["TelnyxMock:Accounts:1:V1Users:0:Token"] = GlobexToken,
    };

    public static TheoryData<string> AllOperations => [.. Operations.Select(o => o.Name)];

    public static TheoryData<string> OperationsOnAnId => [.. Operations.Where(o => o.TakesId).Select(o => o.Name)];

    public static Operation Named(string name) => TelnyxOperations.Named(name);

    /// <summary>Credentials that must not open <paramref name="surface"/> when accounts are configured.</summary>
    public static IEnumerable<Credential> Wrong(string surface) => surface == "V1"
        ?
        [
            Credential.Bearer("KEY_unknown_s3cret"),
            Credential.Token("KEY_unknown_s3cret"),
            Credential.Pair(AcmeUser, "wrong-token-s3cret"),
            Credential.Pair("wrong-user-s3cret", AcmeToken),
            Credential.Pair(AcmeUser, GlobexToken),
            Credential.Bearer(AcmeToken),
            Credential.Token(AcmeUser),
            Credential.Bearer(AcmeKey + "x"),
            Credential.Bearer(AcmeKey.ToUpperInvariant()),
        ]
        :
        [
            Credential.Bearer("KEY_unknown_s3cret"),
            Credential.Token(AcmeKey),
            Credential.Pair(AcmeUser, AcmeToken),
            Credential.Bearer(AcmeToken),
            Credential.Bearer(AcmeKey + "x"),
            Credential.Bearer(AcmeKey.ToUpperInvariant()),
        ];

    /// <summary>Every credential style that opens <paramref name="surface"/> for acme.</summary>
    public static IEnumerable<Credential> Right(string surface) => Right(surface, AcmeKey, AcmeUser, AcmeToken);

    /// <summary>Every credential style that opens <paramref name="surface"/> for the account of these secrets.</summary>
    public static IEnumerable<Credential> Right(string surface, string key, string user, string token) => surface == "V1"
        ? [Credential.Bearer(key), Credential.Token(key), Credential.Pair(user, token)]
        : [Credential.Bearer(key)];

    /// <summary>Everything an account holds on both surfaces (every list operation, at its largest page), as one JSON text to compare before and after.</summary>
    public static async Task<string> SnapshotAsync(HttpClient client, Credential credential)
    {
        var parts = new List<string>();
        foreach (var list in MockModel.Telnyx.Where(e => e.IsList))
        {
            var request = new HttpRequestMessage(HttpMethod.Get, list.Route + (list.Surface == Surface.V1 ? "?per_page=1000" : "?page[size]=250"));
            credential.Apply(request.Headers);
            parts.Add((await (await client.SendAsync(request)).ExpectAsync(200)).ToJsonString());
        }

        return string.Join("\n", parts);
    }
}
