using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Resources;

namespace TelnyxMock.V2;

/// <summary>A connection's default IPs or FQDNs (<c>inbound.default_primary_…_id</c> and the others), kept pointing at real rows.</summary>
public static class ConnectionDefaults
{
    /// <summary>
    /// Sets to null every default of connection <paramref name="connectionId"/> (in <paramref name="fields"/>) that names
    /// <paramref name="childId"/>, an IP or FQDN that is deleted or moved away, and moves the connection's updated_at.
    /// Runs inside the write that removes the child; the caller saves.
    /// </summary>
    public static async Task ForgetAsync<TRow>(V2Call call, long connectionId, long childId, IReadOnlyList<string> fields)
        where TRow : V2ConnectionRow
    {
        var connection = await call.Db.Set<TRow>().AsTracking().FirstOrDefaultAsync(c => c.Id == connectionId && c.Account == call.Account, call.CancellationToken);
        if (connection is null)
        {
            return;
        }

        var document = connection.Read();
        var inbound = document["inbound"]!.AsObject();
        var named = childId.ToString(CultureInfo.InvariantCulture);
        var cleared = false;
        foreach (var field in fields.Where(f => (string?)inbound[f] == named))
        {
            inbound[field] = null;
            cleared = true;
        }

        if (cleared)
        {
            connection.UpdatedAt = ResourceDefinition.Touch(document, connection.UpdatedAt, call.Now);
            connection.Write(document);
        }
    }
}
