using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common.Errors;
using TelnyxMock.Common.Json;
using TelnyxMock.Resources;
using TelnyxMock.V2.Ips;

namespace TelnyxMock.V2.IpConnections;

/// <summary>An IP connection's default IPs (<c>inbound.default_primary_ip_id</c> and the others): ids of IPs attached to it.</summary>
public static class IpConnectionDefaults
{
    /// <summary>The name under which a rule's context lists the ids of the IPs attached to the connection.</summary>
    public const string Ips = "ips";

    public static readonly string[] Fields = ["default_primary_ip_id", "default_secondary_ip_id", "default_tertiary_ip_id"];

    /// <summary>The rule: each default IP set is the id of an IP attached to this connection.</summary>
    public static IEnumerable<FieldError> AreAttachedIps(JsonObject connection, RuleContext context)
    {
        var attached = context.Linked.GetValueOrDefault(Ips) ?? new HashSet<long>();
        foreach (var field in Fields)
        {
            if (connection["inbound"]?[field] is JsonValue value && value.GetValue<string>() is var id
                && !(long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) && attached.Contains(key)))
            {
                yield return new FieldError($"/inbound/{field}", attached.Count == 0
                    ? $"{field} must be the id of an IP attached to this connection, and it has none: create one with POST /v2/ips and this connection's id as connection_id, got '{RuleText(id)}'."
                    : $"{field} must be the id of an IP attached to this connection ({string.Join(", ", attached.Order())}), got '{RuleText(id)}'.");
            }
        }
    }

    /// <summary>The facts the rule needs: the ids of the IPs attached to the connection (none for a new one).</summary>
    public static async Task<RuleContext> ContextAsync(V2Call call, IpConnectionRow? connection) =>
        new(Creating: connection is null)
        {
            Linked = new Dictionary<string, IReadOnlySet<long>>
            {
                [Ips] = connection is null
                    ? new HashSet<long>()
                    : (await call.Db.Set<IpRow>().Where(i => i.ConnectionId == connection.Id).Select(i => i.Id).ToListAsync(call.CancellationToken)).ToHashSet(),
            },
        };

    /// <summary>Clears every default of connection <paramref name="connectionId"/> that names IP <paramref name="ipId"/> (it is deleted or moved away).</summary>
    public static Task ForgetAsync(V2Call call, long connectionId, long ipId) =>
        ConnectionDefaults.ForgetAsync<IpConnectionRow>(call, connectionId, ipId, Fields);

    private static string RuleText(string id) => Common.Validation.RuleExtensions.Clip(id);
}
