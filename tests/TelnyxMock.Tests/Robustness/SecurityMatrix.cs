using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace TelnyxMock.Tests.Robustness;

/// <summary>One Telnyx operation of the security matrix; <c>{id}</c> in the path stands for a connection's id.</summary>
public sealed record Operation(string Name, string Surface, string Method, string Path, string? Body, int Success)
{
    public bool TakesId => Path.Contains("{id}", StringComparison.Ordinal);

    /// <summary>The collection the operation's resource is created in.</summary>
    public string Collection => Path.Contains("/{id}", StringComparison.Ordinal) ? Path[..Path.IndexOf("/{id}", StringComparison.Ordinal)] : Path;

    public HttpRequestMessage Request(string? id, Credential? credential = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path.Replace("{id}", id, StringComparison.Ordinal))
        {
            // "{unique}" stands for a value no other request of the run uses (a credential user name).
            Content = Body is null ? null : HttpTestExtensions.Json(Body.Replace("{unique}", SecurityMatrix.UniqueUserName(), StringComparison.Ordinal)),
        };
        credential?.Apply(request.Headers);
        return request;
    }

    public override string ToString() => Name;
}

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

    public static readonly Operation[] Operations =
    [
        new("V1 list", "V1", "GET", "/security/connections", null, 200),
        new("V1 create", "V1", "POST", "/security/connections", """{"connection_name": "new"}""", 200),
        new("V1 retrieve", "V1", "GET", "/security/connections/{id}", null, 200),
        new("V1 update", "V1", "PUT", "/security/connections/{id}", """{"connection_name": "changed"}""", 200),
        new("V1 delete", "V1", "DELETE", "/security/connections/{id}", null, 200),
        new("V2 list", "V2", "GET", "/v2/ip_connections", null, 200),
        new("V2 create", "V2", "POST", "/v2/ip_connections", """{"connection_name": "new"}""", 201),
        new("V2 retrieve", "V2", "GET", "/v2/ip_connections/{id}", null, 200),
        new("V2 update", "V2", "PATCH", "/v2/ip_connections/{id}", """{"connection_name": "changed"}""", 200),
        new("V2 delete", "V2", "DELETE", "/v2/ip_connections/{id}", null, 200),
        new("V2 IP list", "V2", "GET", "/v2/ips", null, 200),
        new("V2 IP create", "V2", "POST", "/v2/ips", """{"ip_address": "192.0.2.99"}""", 201),
        new("V2 IP retrieve", "V2", "GET", "/v2/ips/{id}", null, 200),
        new("V2 IP update", "V2", "PATCH", "/v2/ips/{id}", """{"port": 5099}""", 200),
        new("V2 IP delete", "V2", "DELETE", "/v2/ips/{id}", null, 200),
        new("V2 credential list", "V2", "GET", "/v2/credential_connections", null, 200),
        new("V2 credential create", "V2", "POST", "/v2/credential_connections", """{"connection_name": "new", "user_name": "{unique}", "password": "password1"}""", 201),
        new("V2 credential retrieve", "V2", "GET", "/v2/credential_connections/{id}", null, 200),
        new("V2 credential update", "V2", "PATCH", "/v2/credential_connections/{id}", """{"connection_name": "changed"}""", 200),
        new("V2 credential delete", "V2", "DELETE", "/v2/credential_connections/{id}", null, 200),
        new("V2 credential registration", "V2", "POST", "/v2/credential_connections/{id}/actions/check_registration_status", null, 200),
        new("V2 FQDN connection list", "V2", "GET", "/v2/fqdn_connections", null, 200),
        new("V2 FQDN connection create", "V2", "POST", "/v2/fqdn_connections", """{"connection_name": "new"}""", 201),
        new("V2 FQDN connection retrieve", "V2", "GET", "/v2/fqdn_connections/{id}", null, 200),
        new("V2 FQDN connection update", "V2", "PATCH", "/v2/fqdn_connections/{id}", """{"connection_name": "changed"}""", 200),
        new("V2 FQDN connection delete", "V2", "DELETE", "/v2/fqdn_connections/{id}", null, 200),
        new("V2 all connections list", "V2", "GET", "/v2/connections", null, 200),
        new("V2 all connections retrieve", "V2", "GET", "/v2/connections/{id}", null, 200),
        new("V2 active calls", "V2", "GET", "/v2/connections/{id}/active_calls", null, 200),
        new("V2 FQDN list", "V2", "GET", "/v2/fqdns", null, 200),
        new("V2 FQDN retrieve", "V2", "GET", "/v2/fqdns/{id}", null, 200),
        new("V2 FQDN update", "V2", "PATCH", "/v2/fqdns/{id}", """{"port": 5099}""", 200),
        new("V2 FQDN delete", "V2", "DELETE", "/v2/fqdns/{id}", null, 200),
    ];

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

    /// <summary>A user name no other request of the run uses: user names are unique across the mock.</summary>
    public static string UniqueUserName() => "u" + Guid.NewGuid().ToString("N")[..20];

    public static TheoryData<string> AllOperations => [.. Operations.Select(o => o.Name)];

    public static TheoryData<string> OperationsOnAnId => [.. Operations.Where(o => o.TakesId).Select(o => o.Name)];

    public static Operation Named(string name) => Operations.Single(o => o.Name == name);

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

    /// <summary>Creates a resource (a connection of the surface unless <paramref name="collection"/> says otherwise) and returns its id and stored form.</summary>
    public static async Task<(string Id, JsonNode Stored)> CreateAsync(HttpClient client, string surface, Credential credential, string name, string? collection = null)
    {
        var path = collection ?? (surface == "V1" ? "/security/connections" : "/v2/ip_connections");
        if (path == "/v2/connections")
        {
            // /v2/connections creates nothing: it serves the connections of every type.
            path = "/v2/ip_connections";
        }

        if (path == "/v2/fqdns")
        {
            // An FQDN belongs to an FQDN connection of the same account: make one first.
            var (parent, _) = await CreateAsync(client, surface, credential, name, "/v2/fqdn_connections");
            var fqdn = new HttpRequestMessage(HttpMethod.Post, path)
            {
                Content = HttpTestExtensions.Json($$"""{"connection_id": "{{parent}}", "fqdn": "sip.example.com", "dns_record_type": "a"}"""),
            };
            credential.Apply(fqdn.Headers);
            var created = (await (await client.SendAsync(fqdn)).ExpectAsync(201))["data"]!;
            return (created["id"].Str(), created);
        }

        var json = path switch
        {
            "/v2/ips" => """{"ip_address": "192.0.2.1"}""",
            // User names are unique across the mock: each create takes a fresh one.
            "/v2/credential_connections" => $$"""{"connection_name": "{{name}}", "user_name": "{{UniqueUserName()}}", "password": "password1"}""",
            _ => $$"""{"connection_name": "{{name}}"}""",
        };
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = HttpTestExtensions.Json(json) };
        credential.Apply(request.Headers);
        var body = await (await client.SendAsync(request)).ExpectAsync(surface == "V1" ? 200 : 201);
        var stored = surface == "V1" ? body : body["data"]!;
        return (stored["id"].Str(), stored);
    }

    /// <summary>Everything an account holds on both surfaces, as one JSON text to compare before and after.</summary>
    public static async Task<string> SnapshotAsync(HttpClient client, Credential credential)
    {
        var parts = new List<string>();
        foreach (var path in new[] { "/security/connections?per_page=1000", "/v2/ip_connections?page[size]=250", "/v2/ips?page[size]=250", "/v2/credential_connections?page[size]=250", "/v2/fqdn_connections?page[size]=250", "/v2/fqdns?page[size]=250" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            credential.Apply(request.Headers);
            parts.Add((await (await client.SendAsync(request)).ExpectAsync(200)).ToJsonString());
        }

        return string.Join("\n", parts);
    }
}
