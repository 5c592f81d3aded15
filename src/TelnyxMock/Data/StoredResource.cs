using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TelnyxMock.Common.Json;

namespace TelnyxMock.Data;

/// <summary>
/// The one storage design of every resource: the API object as one JSON document (<see cref="Document"/>, exactly what
/// retrieve and list send, in the definition's field order), plus the few columns that lists filter and sort on, which
/// <see cref="Index"/> copies from the document on every write so the two never disagree. A resource type is a
/// subclass that adds its own indexed columns, mapped to a table of its own.
/// </summary>
public abstract class StoredResource
{
    public long Id { get; set; }

    public string Account { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The API object, serialised as the API writes it.</summary>
    public string Document { get; set; } = "{}";

    /// <summary>
    /// Moves on every write; a save checks it is still the version that was read (a concurrency token), so a partial
    /// update that raced another one is merged again instead of writing back a stale document (see
    /// <see cref="MockDbContext.SaveUnlessChangedAsync"/>).
    /// </summary>
    [System.ComponentModel.DataAnnotations.ConcurrencyCheck]
    public long Version { get; set; }

    /// <summary>The whole document: what is answered, and what the row keeps aside (see <see cref="PartlyAnsweredResource"/>).</summary>
    public JsonObject Read()
    {
        var document = JsonNode.Parse(Document)!.AsObject();
        Join(document);
        return document;
    }

    /// <summary>Stores <paramref name="document"/> and updates the indexed columns from it.</summary>
    public void Write(JsonObject document)
    {
        Document = Answer(document).ToJsonString(ApiJson.Options);
        Version++;
        Index(document);
    }

    /// <summary>What retrieve and list answer of a document: all of it, unless the row keeps part of it aside.</summary>
    protected virtual JsonObject Answer(JsonObject document) => document;

    /// <summary>Adds what the row keeps aside back to the answered document.</summary>
    protected virtual void Join(JsonObject document)
    {
    }

    /// <summary>Copies the indexed fields of the document to their columns.</summary>
    protected abstract void Index(JsonObject document);

    /// <summary>A name folded to lower case for case-insensitive filters and sorts (SQLite's lower() only folds ASCII); "" for none.</summary>
    protected static string Fold(JsonNode? name) => name is JsonValue v && v.TryGetValue<string>(out var s) ? s.ToLowerInvariant() : string.Empty;
}

/// <summary>
/// A stored resource whose document holds more than its answers show (a phone number's voice settings, which another
/// view answers; write-only fields): <see cref="StoredResource.Document"/> is exactly what retrieve and list send, so
/// they send it as stored, and <see cref="Aside"/> holds the rest.
/// </summary>
public abstract class PartlyAnsweredResource : StoredResource
{
    /// <summary>The document's fields the answer leaves out, as one JSON object.</summary>
    public string Aside { get; set; } = "{}";

    /// <summary>The answer's view of the whole document.</summary>
    protected abstract JsonObject Answered(JsonObject document);

    protected sealed override JsonObject Answer(JsonObject document)
    {
        var answered = Answered(document);
        Aside = new JsonObject(document.Where(p => !answered.ContainsKey(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())))
            .ToJsonString(ApiJson.Options);
        return answered;
    }

    protected sealed override void Join(JsonObject document)
    {
        foreach (var (key, value) in JsonNode.Parse(Aside)!.AsObject())
        {
            document[key] = value?.DeepClone();
        }
    }
}

public static class StoredResourceConfiguration
{
    /// <summary>
    /// The mapping every resource row shares: keyed by its id, which the mock gives (never the database), in
    /// <paramref name="table"/> (null for a base type whose subtypes have the tables).
    /// </summary>
    public static EntityTypeBuilder<TRow> IsStoredResource<TRow>(this EntityTypeBuilder<TRow> builder, string? table)
        where TRow : StoredResource
    {
        if (table is not null)
        {
            builder.ToTable(table);
        }

        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        return builder;
    }

    /// <summary>Lists read newest first, a page at a time, per account: (account, created_at, id).</summary>
    public static EntityTypeBuilder<TRow> IsListedNewestFirst<TRow>(this EntityTypeBuilder<TRow> builder)
        where TRow : StoredResource
    {
        builder.HasIndex(r => new { r.Account, r.CreatedAt, r.Id });
        return builder;
    }
}
