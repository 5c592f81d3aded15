using System.Text.Json;
using System.Text.Json.Nodes;
using TelnyxMock.Common.Json;

namespace TelnyxMock.V1.Connections;

public sealed record AuthorizedIpResponse(int Id, string IpAddress, int Port);

public sealed record FqdnResponse(int Id, string Fqdn, int Port, string DnsRecordType);

public sealed record CredentialResponse(string UserName);

/// <summary>An item of <c>mode=typeahead</c>: only the id and the name.</summary>
public sealed record ConnectionTypeaheadResponse(string Id, string ConnectionName)
{
    public static ConnectionTypeaheadResponse Of(string document)
    {
        var connection = JsonNode.Parse(document)!;
        return new((string)connection["id"]!, (string)connection["connection_name"]!);
    }
}

/// <summary>The body of a successful delete.</summary>
public sealed record DeleteConnectionResponse(bool Success, string Message);

/// <summary>What the V1 list adds to each connection on request: its authorized IPs, credentials and FQDNs.</summary>
public static class ConnectionAttachments
{
    /// <summary>
    /// The connection's document with <c>authorized_ips</c> (with_ips), <c>fqdns</c> (with_fqdns, when it has any) and
    /// <c>credentials</c> (with_auth, credential connections only; never passwords) after its own fields.
    /// </summary>
    public static string WithAttachments(this V1ConnectionRow c, bool withIps, bool withAuth, bool withFqdns)
    {
        var document = c.Read();
        if (withIps)
        {
            document["authorized_ips"] = Node(c.AuthorizedIps.OrderBy(i => i.Id).Select(i => new AuthorizedIpResponse(i.Id, i.IpAddress, i.Port)));
        }

        if (withFqdns && c.Fqdns.Count > 0)
        {
            document["fqdns"] = Node(c.Fqdns.OrderBy(f => f.Id).Select(f => new FqdnResponse(f.Id, f.Fqdn, f.Port, f.DnsRecordType)));
        }

        if (withAuth && c.AuthenticationType == V1Values.AuthCredential)
        {
            document["credentials"] = Node(c.Credentials.OrderBy(x => x.Id).Select(x => new CredentialResponse(x.UserName)));
        }

        return document.ToJsonString(ApiJson.Options);
    }

    private static JsonNode Node<T>(IEnumerable<T> items) => JsonSerializer.SerializeToNode(items.ToList(), ApiJson.Options)!;
}
