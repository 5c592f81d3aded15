using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace TelnyxMock.Data;

/// <summary>A string column that lists test with a substring ("contains") filter: the store keeps a trigram index of it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SubstringSearchedAttribute : Attribute;

/// <summary>
/// Substring filters that use the database's own trigram index, with exactly the results of a plain substring test
/// (ordinal, of the value as stored: the <c>*Key</c> columns are already folded to lower case).
/// SQLite: an external-content FTS5 table per column (<c>trigram case_sensitive 1</c>), kept in step by triggers; a
/// needle of at least three code points asks it for the rows that hold the text, and when few do (at most
/// <see cref="MaxCandidates"/>) the list reads only those rows, else it scans as before (SQLite cannot tell how many an
/// FTS match will find, and a scan newest first soon finds a page of a common text). The substring test always stays,
/// so the index only narrows. PostgreSQL: a GIN <c>gin_trgm_ops</c> index (<see cref="PostgresScript"/>) and the test
/// written as <c>LIKE '%…%'</c>, which PostgreSQL's planner matches to that index by its own statistics.
/// </summary>
public static class SubstringSearch
{
    /// <summary>A trigram index finds nothing for fewer code points: shorter needles scan.</summary>
    public const int MinIndexedLength = 3;

    public const int MaxCandidates = 64;

    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like),
        [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo ListContains = typeof(List<long>).GetMethod(nameof(List<long>.Contains))!;

    /// <summary>A searched column of a table, with its key (SQLite's rowid) and the names of its index objects.</summary>
    public sealed record Column(Type RowType, string Table, string Name, string Key)
    {
        public string Fts => $"{Table}_{Name}_search";

        public string TrigramIndex => $"IX_{Table}_{Name}_trgm";
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IModel, IReadOnlyList<Column>> ColumnsOf = [];

    /// <summary>Every searched column of the model's tables, in a fixed order; read once per model (lists ask on every request).</summary>
    public static IReadOnlyList<Column> Columns(IModel model) => ColumnsOf.GetValue(model, Find);

    private static IReadOnlyList<Column> Find(IModel model) =>
        [.. model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.FindPrimaryKey()?.Properties is [_])
            .SelectMany(e => e.GetProperties()
                .Where(p => p.PropertyInfo?.GetCustomAttribute<SubstringSearchedAttribute>() is not null)
                .Select(p => new Column(e.ClrType, e.GetTableName()!, p.GetColumnName(), e.FindPrimaryKey()!.Properties[0].GetColumnName())))
            .OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal)];

    /// <summary>
    /// SQLite's FTS5 tables and their triggers. NUL is indexed as U+FFFD: FTS5 reads a value only up to a NUL, and the
    /// needle is given the same way, so the index still finds a superset.
    /// </summary>
    public static string SqliteScript(IModel model)
    {
        var script = new StringBuilder();
        foreach (var c in Columns(model))
        {
            string Value(string row) => $"replace({row}.\"{c.Name}\", char(0), char(65533))";
            script.Append(
                $"""

                CREATE VIRTUAL TABLE "{c.Fts}" USING fts5("{c.Name}", content='{c.Table}', content_rowid='{c.Key}', tokenize='trigram case_sensitive 1');
                CREATE TRIGGER "{c.Fts}_insert" AFTER INSERT ON "{c.Table}" BEGIN
                    INSERT INTO "{c.Fts}"(rowid, "{c.Name}") VALUES (new."{c.Key}", {Value("new")});
                END;
                CREATE TRIGGER "{c.Fts}_delete" AFTER DELETE ON "{c.Table}" BEGIN
                    INSERT INTO "{c.Fts}"("{c.Fts}", rowid, "{c.Name}") VALUES ('delete', old."{c.Key}", {Value("old")});
                END;
                CREATE TRIGGER "{c.Fts}_update" AFTER UPDATE OF "{c.Name}" ON "{c.Table}" BEGIN
                    INSERT INTO "{c.Fts}"("{c.Fts}", rowid, "{c.Name}") VALUES ('delete', old."{c.Key}", {Value("old")});
                    INSERT INTO "{c.Fts}"(rowid, "{c.Name}") VALUES (new."{c.Key}", {Value("new")});
                END;

                """);
        }

        return script.ToString();
    }

    /// <summary>Fills the FTS5 tables from rows stored before they existed (a database made by the previous schema).</summary>
    public static string SqliteFill(IModel model) => string.Concat(Columns(model).Select(c =>
        $"INSERT INTO \"{c.Fts}\"(rowid, \"{c.Name}\") SELECT \"{c.Key}\", replace(\"{c.Name}\", char(0), char(65533)) FROM \"{c.Table}\";\n"));

    /// <summary>Creates the pg_trgm extension unless the database has it (in whichever schema).</summary>
    public const string PostgresExtension = "CREATE EXTENSION IF NOT EXISTS pg_trgm";

    /// <summary>The schema pg_trgm's operator classes are in.</summary>
    public const string PostgresExtensionSchema = "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'";

    /// <summary>PostgreSQL's trigram indexes, with the operator class of pg_trgm in <paramref name="extensionSchema"/>.</summary>
    public static string PostgresScript(IModel model, string extensionSchema) => string.Concat(Columns(model).Select(c =>
        $"CREATE INDEX IF NOT EXISTS \"{c.TrigramIndex}\" ON \"{c.Table}\" USING gin (\"{c.Name}\" \"{extensionSchema.Replace("\"", "\"\"", StringComparison.Ordinal)}\".gin_trgm_ops);\n"));

    /// <summary>
    /// <c>row =&gt; column.Contains(needle)</c> (ordinal), written so the database's trigram index can serve it. On SQLite
    /// this may ask the index at once (a query of its own) for the candidate rows.
    /// </summary>
    public static Expression<Func<TRow, bool>> Contains<TRow>(MockDbContext db, Expression<Func<TRow, string>> column, string needle)
    {
        var value = Expression.Property(Expression.Constant(new Needle(needle)), nameof(Needle.Value));
        if (db.IsShared)
        {
            var pattern = Expression.Property(Expression.Constant(new Needle("%" + EscapeLike(needle) + "%")), nameof(Needle.Value));
            return Expression.Lambda<Func<TRow, bool>>(
                Expression.Call(Like, Expression.Constant(EF.Functions), column.Body, pattern, Expression.Constant("\\")), column.Parameters);
        }

        Expression test = Expression.Call(column.Body, StringContains, value);
        if (Candidates(db, typeof(TRow), column, needle) is { } ids)
        {
            var key = db.Model.FindEntityType(typeof(TRow))!.FindPrimaryKey()!.Properties[0];
            var id = Expression.Convert(Expression.Property(column.Parameters[0], key.PropertyInfo!), typeof(long));
            var candidates = Expression.Property(Expression.Constant(new Keys(ids)), nameof(Keys.Value));
            test = Expression.AndAlso(Expression.Call(candidates, ListContains, id), test);
        }

        return Expression.Lambda<Func<TRow, bool>>(test, column.Parameters);
    }

    /// <summary>
    /// The keys of the rows of <paramref name="rowType"/> (and its subtypes' tables) whose column may hold
    /// <paramref name="needle"/>, when the index can tell and finds at most <see cref="MaxCandidates"/>; else null (scan).
    /// Microsoft.Data.Sqlite completes its calls synchronously, so this query is made as one.
    /// </summary>
    private static List<long>? Candidates(MockDbContext db, Type rowType, LambdaExpression column, string needle)
    {
        if (column.Body is not MemberExpression { Member: PropertyInfo property } || !Indexable(needle))
        {
            return null;
        }

        var tables = Columns(db.Model).Where(c => rowType.IsAssignableFrom(c.RowType) && c.Name == db.Model.FindEntityType(c.RowType)!.FindProperty(property.Name)?.GetColumnName()).ToList();
        if (tables.Count == 0)
        {
            return null;
        }

        // Quoted as one FTS5 string: a trigram phrase, so every character of the needle is literal.
        var phrase = "\"" + needle.Replace('\0', '\uFFFD').Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        // Table names from the model and a number, no request text: the needle is the parameter {0}.
        var union = string.Join(" UNION ALL ", tables.Select(t => "SELECT rowid AS \"Value\" FROM \"" + t.Fts + "\" WHERE \"" + t.Fts + "\" MATCH {0}"));
        var sql = "SELECT \"Value\" FROM (" + union + ") LIMIT " + (MaxCandidates + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ids = db.Database.SqlQueryRaw<long>(sql, phrase).ToList();
        return ids.Count <= MaxCandidates ? ids : null;
    }

    /// <summary>At least three code points, and well-formed UTF-16 (a lone surrogate is stored as U+FFFD, which the index would see differently).</summary>
    private static bool Indexable(string needle)
    {
        var count = 0;
        for (var i = 0; i < needle.Length; i += char.IsSurrogatePair(needle, i) ? 2 : 1)
        {
            if (char.IsSurrogate(needle[i]) && !char.IsSurrogatePair(needle, i))
            {
                return false;
            }

            count++;
        }

        return count >= MinIndexedLength;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>Holds a value so EF sends it as a parameter (one cached plan for every needle).</summary>
    private sealed record Needle(string Value);

    private sealed record Keys(List<long> Value);
}
