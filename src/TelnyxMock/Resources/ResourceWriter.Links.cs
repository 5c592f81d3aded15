using System.Globalization;
using System.Text.Json.Nodes;
using TelnyxMock.Data;

namespace TelnyxMock.Resources;

/// <summary>The writer's half that keeps links true after a write: what a delete clears or takes with it, what a rename shows.</summary>
public sealed partial class ResourceWriter
{
    /// <summary>
    /// Keeps every link to <paramref name="row"/>, which is about to be deleted, true: links that clear become null
    /// (moving their resource's updated_at), resources that go with it are deleted the same way. <paramref name="dying"/>
    /// holds what this delete removes anyway, which is not cleared first.
    /// </summary>
    private async Task ForgetAsync(Resource resource, StoredResource row, DateTime now, HashSet<(Type, long)> dying, CancellationToken cancellationToken)
    {
        foreach (var (source, field) in registry.LinksTo(resource.RowType))
        {
            var link = field.Link;
            if (link.OnDelete == OnDelete.Cascade)
            {
                foreach (var child in await source.WhereAsync(db, link.Column!, row.Id, row.Account, cancellationToken))
                {
                    dying.Add((source.RowType, child.Id));
                    await ForgetAsync(source, child, now, dying, cancellationToken);
                    db.Remove(child);
                }
            }
            else if (link.Scope is not null)
            {
                if (link.ScopeOf(row) is { } owner)
                {
                    await ClearAsync(source, field, owner, row, now, dying, cancellationToken);
                }
            }
            else
            {
                foreach (var naming in await source.WhereAsync(db, link.Column!, row.Id, row.Account, cancellationToken))
                {
                    Clear(source, field, naming, row.Id, now, dying);
                }
            }
        }
    }

    /// <summary>Keeps what the resources that link to <paramref name="row"/> show of it current (a phone number's connection_name).</summary>
    private async Task ShowAsync(Resource resource, StoredResource row, JsonObject document, CancellationToken cancellationToken)
    {
        foreach (var (source, field) in registry.LinksTo(resource.RowType).Where(l => l.Field.Link.Shows is not null))
        {
            var shown = document[field.Link.Shows!.From];
            foreach (var naming in await source.WhereAsync(db, field.Link.Column!, row.Id, row.Account, cancellationToken))
            {
                var named = naming.Read();
                if (!JsonNode.DeepEquals(field.ShownIn(named), shown))
                {
                    field.Show(named, shown);
                    naming.Write(named);
                }
            }
        }
    }

    private async Task ClearAsync(Resource source, LinkedField field, long owner, StoredResource target, DateTime now, HashSet<(Type, long)> dying, CancellationToken cancellationToken)
    {
        if (await source.FindAsync(db, owner, target.Account, tracking: true, cancellationToken) is { } naming)
        {
            Clear(source, field, naming, target.Id, now, dying);
        }
    }

    private static void Clear(Resource source, LinkedField field, StoredResource naming, long id, DateTime now, HashSet<(Type, long)> dying)
    {
        if (dying.Contains((source.RowType, naming.Id)))
        {
            return;
        }

        var document = naming.Read();
        if (field.ValueIn(document) == id.ToString(CultureInfo.InvariantCulture))
        {
            field.ClearIn(document);
            naming.UpdatedAt = ResourceDefinition.Touch(document, naming.UpdatedAt, now);
            naming.Write(document);
        }
    }

    /// <summary>For each scoped link to this resource's rows, the owner <paramref name="row"/> is attached to before a change.</summary>
    private List<((Resource Source, LinkedField Field) Link, long Owner)> Owners(Resource resource, StoredResource row) =>
        [.. registry.LinksTo(resource.RowType).Where(l => l.Field.Link.Scope is not null)
            .Select(l => (Link: l, Owner: l.Field.Link.ScopeOf(row))).Where(x => x.Owner is not null).Select(x => (x.Link, x.Owner!.Value))];
}
