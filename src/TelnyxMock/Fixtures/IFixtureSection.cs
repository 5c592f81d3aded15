using System.Text.Json.Nodes;
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
}
