using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common.Errors;
using TelnyxMock.Data;

namespace TelnyxMock.Fixtures;

/// <summary>
/// Loads a fixtures document: one object <c>{"account": …, "v1_connections": […], "ip_connections": […]}</c>
/// or an array of them. All or nothing: any bad entry rejects the whole document and stores nothing.
/// </summary>
public sealed class FixtureLoader(MockDbContext db, IEnumerable<IFixtureSection> sections)
{
    public async Task<FixtureResult> LoadAsync(JsonNode? document, string? defaultAccount, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var sets = document switch
        {
            JsonArray array => array.Select((node, index) => (Node: node, Pointer: $"/{index}")).ToList(),
            JsonObject single => [(single, string.Empty)],
            _ => [],
        };
        if (sets.Count == 0 && document is not JsonArray)
        {
            return FixtureResult.Failed([new FieldError("/", "A fixtures document must be a JSON object or an array of objects.")]);
        }

        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (node, pointer) in sets)
        {
            if (node is not JsonObject set)
            {
                errors.Add(new FieldError(pointer.Length == 0 ? "/" : pointer, "A fixture set must be a JSON object."));
                continue;
            }

            var account = (set["account"] as JsonValue)?.TryGetValue<string>(out var named) == true ? named : defaultAccount;
            if (string.IsNullOrWhiteSpace(account))
            {
                errors.Add(new FieldError($"{pointer}/account", "account is required: name the account (API key, or V1 user) the fixtures belong to."));
                continue;
            }

            foreach (var (key, value) in set)
            {
                if (key == "account")
                {
                    continue;
                }

                var section = sections.FirstOrDefault(s => s.Name == key);
                if (section is null)
                {
                    errors.Add(new FieldError($"{pointer}/{key}", $"{key} is not a fixtures section; use {string.Join(" or ", sections.Select(s => s.Name))}."));
                }
                else if (value is not JsonArray entries)
                {
                    errors.Add(new FieldError($"{pointer}/{key}", $"{key} must be an array of objects."));
                }
                else
                {
                    errors.AddRange(await section.StageAsync(account.Trim(), entries, $"{pointer}/{key}", db, cancellationToken));
                    counts[key] = counts.GetValueOrDefault(key) + entries.Count;
                }
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            await transaction.RollbackAsync(cancellationToken);
            return FixtureResult.Failed(errors);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new FixtureResult(true, counts, []);
    }
}

public sealed record FixtureResult(bool Loaded, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<FieldError> Errors)
{
    public static FixtureResult Failed(IReadOnlyList<FieldError> errors) => new(false, new Dictionary<string, int>(), errors);
}
