using System.Text.Json.Nodes;
using TelnyxMock.Data;

namespace TelnyxMock.V1.Connections;

/// <summary>
/// A stored V1 connection: its document (which follows <see cref="ConnectionDefinition"/>), the columns the V1 list
/// filters and orders on, and what fixtures attach to it (authorized IPs, FQDNs, credentials), which go with it.
/// </summary>
public sealed class V1ConnectionRow : StoredResource
{
    /// <summary>The name folded to lower case, for case-insensitive substring filters and the name order.</summary>
    [SubstringSearched]
    public string NameKey { get; set; } = string.Empty;

    public bool Active { get; set; }

    /// <summary>1 unspecified, 2 IP, 3 credential (the document's authentication_type).</summary>
    public int AuthenticationType { get; set; }

    public List<AuthorizedIp> AuthorizedIps { get; set; } = [];

    public List<ConnectionFqdn> Fqdns { get; set; } = [];

    public List<ConnectionCredential> Credentials { get; set; } = [];

    protected override void Index(JsonObject document)
    {
        NameKey = Fold(document["connection_name"]);
        Active = document["active"]!.GetValue<bool>();
        AuthenticationType = document["authentication_type"]!.GetValue<int>();
    }
}

/// <summary>An authorized IP of an IP-authenticated connection (created by fixtures).</summary>
public sealed class AuthorizedIp
{
    public int Id { get; set; }

    public long ConnectionId { get; set; }

    public string IpAddress { get; set; } = string.Empty;

    public int Port { get; set; } = 5060;
}

/// <summary>An FQDN of a connection (created by fixtures).</summary>
public sealed class ConnectionFqdn
{
    public int Id { get; set; }

    public long ConnectionId { get; set; }

    public string Fqdn { get; set; } = string.Empty;

    public int Port { get; set; } = 5060;

    public string DnsRecordType { get; set; } = "a";
}

/// <summary>The SIP credential of a credential-authenticated connection (created by fixtures).</summary>
public sealed class ConnectionCredential
{
    public int Id { get; set; }

    public long ConnectionId { get; set; }

    public string UserName { get; set; } = string.Empty;

    /// <summary>Lower-cased user name, for the case-insensitive <c>filter_auth_user_name</c>.</summary>
    [SubstringSearched]
    public string UserNameKey { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;
}
