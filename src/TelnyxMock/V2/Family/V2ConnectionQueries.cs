
namespace TelnyxMock.V2;

/// <summary>The filters and sorts every typed V2 connection list shares, as EF queries on the indexed columns of <see cref="V2ConnectionRow"/>.</summary>
public static class V2ConnectionQueries
{
    /// <summary>The list's filters, on the connections of <paramref name="db"/> (which also holds the FQDN resources <c>filter[fqdn]</c> looks in).</summary>
    public static IQueryable<T> Filter<T>(this IQueryable<T> query, V2ConnectionListOptions options, Data.MockDbContext db)
        where T : V2ConnectionRow
    {
        if (options.NameContains is { } name)
        {
            query = query.Where(Data.SubstringSearch.Contains<T>(db, c => c.NameKey, name));
        }

        var fqdns = db.Set<Fqdns.FqdnRow>();

        if (options.Fqdn is { } fqdn)
        {
            // Whole and case-sensitive, as the reference says: connections with an FQDN resource of that name (FQDN
            // connections: IP and credential connections have none, so for them nothing matches).
            query = query.Where(c => fqdns.Any(f => f.ConnectionId == c.Id && f.Fqdn == fqdn));
        }

        if (options.OutboundVoiceProfileId is { } profile)
        {
            query = query.Where(c => c.OutboundVoiceProfileId == profile);
        }

        if (options.LegacyOutboundVoiceProfileId is { } legacy)
        {
            query = query.Where(c => c.OutboundVoiceProfileId == legacy);
        }

        return query;
    }

    /// <summary>
    /// Ascending unless the key has a <c>-</c>; ties fall back to the id in the same direction, so a
    /// descending list is the ascending one read backwards. Ascending <c>active</c> puts inactive first
    /// (false before true).
    /// </summary>
    public static IQueryable<T> Sort<T>(this IQueryable<T> query, string sort)
        where T : V2ConnectionRow => sort switch
    {
        "connection_name" => query.OrderBy(c => c.NameKey).ThenBy(c => c.Id),
        "-connection_name" => query.OrderByDescending(c => c.NameKey).ThenByDescending(c => c.Id),
        "active" => query.OrderBy(c => c.Active).ThenBy(c => c.Id),
        "-active" => query.OrderByDescending(c => c.Active).ThenByDescending(c => c.Id),
        "created_at" => query.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
        _ => query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id),
    };
}
