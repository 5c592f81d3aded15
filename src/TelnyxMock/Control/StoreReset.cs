using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TelnyxMock.Data;

namespace TelnyxMock.Control;

/// <summary>
/// Deletes stored data without knowing the resource types: it reads the EF model, so a resource added
/// later (V2 IP connections) is covered as soon as its entity is mapped. A resource belongs to an account
/// through a string <c>Account</c> property; its child rows go with it through the foreign keys' cascades.
/// </summary>
public sealed class StoreReset(MockDbContext db)
{
    public const string AccountProperty = "Account";

    /// <summary>Deletes every row of every table, or the rows of one account; returns the count per table.</summary>
    public async Task<IReadOnlyDictionary<string, int>> ResetAsync(string? account, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var deleted = new SortedDictionary<string, int>(StringComparer.Ordinal);
        await using var transaction = await db.BeginWriteAsync(cancellationToken);
        foreach (var (entity, table) in Tables())
        {
            // Identifiers come from the EF model, delimited; the account is only ever a parameter.
            var delete = "DELETE FROM " + sql.DelimitIdentifier(table.Name, table.Schema);
            if (account is null)
            {
                deleted[table.Name] = await db.Database.ExecuteSqlRawAsync(delete, cancellationToken);
            }
            else if (entity.FindProperty(AccountProperty) is { ClrType: var type } property && type == typeof(string))
            {
                delete += " WHERE " + sql.DelimitIdentifier(property.GetColumnName(table)!) + " = {0}";
                deleted[table.Name] = await db.Database.ExecuteSqlRawAsync(delete, [account], cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }

    /// <summary>
    /// One entry per table, dependents before their principals, so deleting everything never trips a
    /// foreign key whatever its delete behaviour. Owned types and JSON columns live in their owner's table.
    /// </summary>
    private IEnumerable<(IEntityType Entity, StoreObjectIdentifier Table)> Tables()
    {
        var depth = new Dictionary<IEntityType, int>();
        int Depth(IEntityType type, int guard) => depth.TryGetValue(type, out var known) ? known
            : depth[type] = guard > 32 ? 0 : type.GetForeignKeys()
                .Where(fk => fk.PrincipalEntityType != type)
                .Select(fk => Depth(fk.PrincipalEntityType, guard + 1) + 1)
                .DefaultIfEmpty(0).Max();

        return db.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && e.GetTableName() is not null)
            .Select(e => (Entity: e, Table: StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema())))
            .OrderByDescending(x => Depth(x.Entity, 0))
            .DistinctBy(x => x.Table);
    }
}
