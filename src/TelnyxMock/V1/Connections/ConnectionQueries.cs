using TelnyxMock.Data;

namespace TelnyxMock.V1.Connections;

/// <summary>The filters and orders of "List all connections", as EF queries on indexed columns.</summary>
public static class ConnectionQueries
{
    public static IQueryable<V1ConnectionRow> OfAccount(this MockDbContext db, string account) =>
        db.Set<V1ConnectionRow>().Where(c => c.Account == account);

    public static IQueryable<V1ConnectionRow> Filter(this IQueryable<V1ConnectionRow> query, ConnectionListOptions options, MockDbContext db)
    {
        if (options.NameContains is { } name)
        {
            query = query.Where(SubstringSearch.Contains<V1ConnectionRow>(db, c => c.NameKey, name));
        }

        if (options.IpAddress is { } ip)
        {
            query = query.Where(c => c.AuthenticationType == V1Values.AuthIp && c.AuthorizedIps.Any(i => i.IpAddress == ip));
        }

        if (options.UserNameContains is { } user)
        {
            // The connections of the matching credentials, found once (not a credential lookup per connection).
            var holders = db.Set<ConnectionCredential>().Where(SubstringSearch.Contains<ConnectionCredential>(db, x => x.UserNameKey, user)).Select(x => x.ConnectionId);
            query = query.Where(c => c.AuthenticationType == V1Values.AuthCredential && holders.Contains(c.Id));
        }

        return query;
    }

    /// <summary>
    /// created_at newest first, connection_name A–Z, auth_type credential → IP → none, active first;
    /// <c>reverse</c> inverts the whole order, ties included, so a reversed list is the list read backwards.
    /// </summary>
    public static IQueryable<V1ConnectionRow> Order(this IQueryable<V1ConnectionRow> query, string orderBy, bool reverse) =>
        (orderBy, reverse) switch
        {
            ("connection_name", false) => query.OrderBy(c => c.NameKey).ThenBy(c => c.Id),
            ("connection_name", true) => query.OrderByDescending(c => c.NameKey).ThenByDescending(c => c.Id),
            ("auth_type", false) => query.OrderByDescending(c => c.AuthenticationType).ThenByDescending(c => c.Id),
            ("auth_type", true) => query.OrderBy(c => c.AuthenticationType).ThenBy(c => c.Id),
            ("active", false) => query.OrderByDescending(c => c.Active).ThenByDescending(c => c.Id),
            ("active", true) => query.OrderBy(c => c.Active).ThenBy(c => c.Id),
            (_, false) => query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id),
            (_, true) => query.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
        };
}
