using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common.Errors;
using TelnyxMock.Data;

namespace TelnyxMock.Fixtures;

/// <summary>
/// One kind of resource in a fixtures document (<c>v1_connections</c>, <c>ip_connections</c>).
/// A section checks its entries and adds them to the context without saving; the loader saves
/// all sections in one transaction, or nothing when any entry is wrong.
/// </summary>
public interface IFixtureSection
{
    /// <summary>The key of the section in a fixtures document.</summary>
    string Name { get; }

    /// <summary>Checks every entry; adds the valid ones to <paramref name="db"/>; returns every error, pointers rooted at <paramref name="pointer"/>.</summary>
    Task<IReadOnlyList<FieldError>> StageAsync(string account, JsonArray entries, string pointer, MockDbContext db, CancellationToken cancellationToken);
}

/// <summary>Helpers of the sections.</summary>
public static class FixtureEntry
{
    /// <summary>Splits an entry into the resource's own fields and the fixture-only ones named in <paramref name="extras"/>.</summary>
    public static (JsonObject Fields, JsonObject Extras) Split(JsonObject entry, IReadOnlyCollection<string> extras)
    {
        var fields = new JsonObject();
        var rest = new JsonObject();
        foreach (var (key, value) in entry)
        {
            (extras.Contains(key) ? rest : fields)[key] = value?.DeepClone();
        }

        return (fields, rest);
    }

    /// <summary>
    /// The child entries a parent entry gives (an IP connection's <c>ips</c>, an FQDN connection's <c>fqdns</c>), each
    /// with the parent's id as <c>connection_id</c> and an id of its own (kept when given), so the parent's defaults can
    /// name them; entries that are not objects are passed on for the child section to report.
    /// </summary>
    public static JsonArray Children(JsonArray? children, long parentId, Common.IdGenerator ids)
    {
        var result = new JsonArray();
        foreach (var node in children ?? [])
        {
            if (node?.DeepClone() is not JsonObject child)
            {
                result.Add(node?.DeepClone());
                continue;
            }

            child["connection_id"] = parentId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            child["id"] ??= ids.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
            result.Add(child);
        }

        return result;
    }

    /// <summary>The ids the child entries carry (0 for one that is not a number, which its section then reports).</summary>
    public static IReadOnlySet<long> ChildIds(JsonArray children) =>
        children.Select(c => long.TryParse((c as JsonObject)?["id"]?.ToString(), out var id) ? id : 0).ToHashSet();

    /// <summary>Whether a connection of another V2 type already holds <paramref name="id"/> (connection ids are unique across types).</summary>
    public static async Task<bool> IdOfAnotherConnectionTypeAsync<TRow>(MockDbContext db, long id, CancellationToken cancellationToken)
        where TRow : V2.V2ConnectionRow =>
        db.Set<V2.V2ConnectionRow>().Local.Any(c => c.Id == id && c is not TRow)
        || await db.Set<V2.V2ConnectionRow>().AnyAsync(c => c.Id == id && !(c is TRow), cancellationToken);
}
