using System.Linq.Expressions;
using TelnyxMock.Common;
using TelnyxMock.Common.Errors;
using TelnyxMock.Data;

namespace TelnyxMock.V2;

/// <summary>
/// One filter of a V2 list, declared once: its query parameter (read, checked and shown in Swagger) and the column it
/// compares. <see cref="Read"/> gives the narrowing the request asks for, or null when the parameter is absent or bad
/// (the reader then holds the error), and the value for the filters' cache key.
/// </summary>
public sealed record V2Filter<TRow>(QueryParameter Parameter, Func<QueryReader, MockDbContext, (Func<IQueryable<TRow>, IQueryable<TRow>> Narrow, object Value)?> Read);

/// <summary>Reads a list request's query: the list to answer, or the errors of its parameters.</summary>
/// <remarks><paramref name="now"/> is the mock's time of the request, for filters that compare with it (a credential's expiry).</remarks>
public delegate (V2ListQuery<TRow>? Query, IReadOnlyList<FieldError> Errors) V2ListReader<TRow>(IQueryCollection query, MockDbContext db, DateTime now);

/// <summary>A V2 list: its query parameters (filters, then the page; shown in Swagger) and the reader of a request's.</summary>
public sealed record V2List<TRow>(IReadOnlyList<QueryParameter> Parameters, V2ListReader<TRow> Read);

/// <summary>Filters by equality on a row's indexed column, each a line in a registration.</summary>
public static class V2Filter
{
    /// <summary><c>filter[connection_id]</c>: a positive 64-bit id.</summary>
    public static V2Filter<TRow> Id<TRow>(string name, string description, Expression<Func<TRow, long?>> column)
    {
        var parameter = new QueryParameter(name, QueryKind.String, description);
        return new(parameter, (reader, _) => V2ListParameters.Id(reader, parameter) is { } id ? Equal(column, id) : null);
    }

    /// <summary>A string compared exactly, as sent.</summary>
    public static V2Filter<TRow> Exact<TRow>(string name, string description, Expression<Func<TRow, string?>> column)
    {
        var parameter = new QueryParameter(name, QueryKind.String, description);
        return new(parameter, (reader, _) => reader.String(parameter) is { } text ? Equal(column, text) : null);
    }

    /// <summary>A whole number within <paramref name="minimum"/>..<paramref name="maximum"/>.</summary>
    public static V2Filter<TRow> Integer<TRow>(string name, string description, int minimum, int maximum, Expression<Func<TRow, int?>> column)
    {
        var parameter = new QueryParameter(name, QueryKind.Integer, description) { Minimum = minimum, Maximum = maximum };
        return new(parameter, (reader, _) =>
        {
            if (reader.String(parameter) is null)
            {
                return null;
            }

            var errors = reader.Errors.Count;
            var value = reader.Integer(name, 0, minimum, maximum);
            return reader.Errors.Count == errors ? Equal(column, (int?)value) : null;
        });
    }

    /// <summary>One of <paramref name="values"/>.</summary>
    public static V2Filter<TRow> OneOf<TRow>(string name, string description, IReadOnlyList<string> values, Expression<Func<TRow, string?>> column)
    {
        var parameter = new QueryParameter(name, QueryKind.Enum, description) { Values = values };
        return new(parameter, (reader, _) => reader.OneOf(name, values) is { } value ? Equal(column, value) : null);
    }

    /// <summary>
    /// Text found anywhere in the column, counted as sent (at least <paramref name="minLength"/> characters); with
    /// <paramref name="folded"/> the column holds the value in lower case and the filter is folded the same way.
    /// </summary>
    public static V2Filter<TRow> Contains<TRow>(string name, string description, Expression<Func<TRow, string>> column, bool folded, int minLength = 1)
    {
        var parameter = new QueryParameter(name, QueryKind.String, description) { MinLength = minLength };
        return new(parameter, (reader, db) =>
        {
            if (reader.Contains(parameter) is not { } text)
            {
                return null;
            }

            var needle = folded ? text.ToLowerInvariant() : text;
            var test = SubstringSearch.Contains(db, column, needle);
            return (rows => rows.Where(test), needle);
        });
    }

    /// <summary>
    /// A filter whose test is made from the value sent, once the parameter's own check passes (one of its values, at
    /// least its minimum length): <c>filter[tag]</c>, <c>filter[phone_number]</c>. The value is captured, so EF sends it
    /// as a parameter.
    /// </summary>
    /// <remarks>A test that returns null refuses the value: the parameter's error then says it <paramref name="expected"/>.</remarks>
    public static V2Filter<TRow> Where<TRow>(QueryParameter parameter, Func<string, Expression<Func<TRow, bool>>?> test, string? expected = null) =>
        Where<TRow>(parameter, (text, _) => test(text), expected);

    /// <summary>As <see cref="Where{TRow}(QueryParameter, Func{string, Expression{Func{TRow, bool}}?}, string?)"/>, for a test that reads the store (a substring index).</summary>
    public static V2Filter<TRow> Where<TRow>(QueryParameter parameter, Func<string, MockDbContext, Expression<Func<TRow, bool>>?> test, string? expected = null) =>
        new(parameter, (reader, db) =>
        {
            var text = parameter.Kind == QueryKind.Enum ? reader.OneOf(parameter)
                : parameter.MinLength is not null ? reader.Contains(parameter)
                : reader.String(parameter);
            if (text is null)
            {
                return null;
            }

            if (test(text, db) is not { } where)
            {
                reader.Fail(parameter.Name, $"{parameter.Name} must be {expected}, got '{Common.Validation.RuleExtensions.Clip(text)}'.");
                return null;
            }

            return (rows => rows.Where(where), text);
        });

    /// <summary>
    /// A filter whose test also depends on the mock's time of the request (<see cref="QueryReader.Now"/>): its cache
    /// key holds that time, so a cached total never outlives the clock it was counted at.
    /// </summary>
    public static V2Filter<TRow> WhereAt<TRow>(QueryParameter parameter, Func<string, DateTime, Expression<Func<TRow, bool>>> test) =>
        new(parameter, (reader, _) => reader.OneOf(parameter) is { } text ? (rows => rows.Where(test(text, reader.Now)), $"{text}@{reader.Now.Ticks}") : null);

    /// <summary>
    /// The list parameters (the filters, then the page, then the order when there is a choice) and the reader of a list
    /// with these filters, newest first. The cache key of a request's total is the filters it gave with their values.
    /// </summary>
    public static V2List<TRow> List<TRow>(params V2Filter<TRow>[] filters)
        where TRow : StoredResource => List(V2Sorts<TRow>.NewestFirst, V2ListParameters.DefaultPageSize, filters);

    /// <summary>A list ordered as <paramref name="sorts"/> allow, <paramref name="pageSize"/> items a page unless asked otherwise.</summary>
    public static V2List<TRow> List<TRow>(V2Sorts<TRow> sorts, int pageSize, params V2Filter<TRow>[] filters)
        where TRow : StoredResource
    {
        var size = V2ListParameters.PageSize with { Default = pageSize };
        IReadOnlyList<QueryParameter> parameters = [.. filters.Select(f => f.Parameter), V2ListParameters.PageNumber, size, .. sorts.Parameter is { } sort ? [sort] : Array.Empty<QueryParameter>()];
        return new(parameters, (query, db, now) =>
        {
            var reader = new QueryReader(query, V2ListParameters.ToPointer) { Now = now };
            var given = filters.Select(f => (f.Parameter.Name, Found: f.Read(reader, db))).Where(f => f.Found is not null).ToList();
            var pageNumber = reader.Integer(V2ListParameters.PageNumber);
            var pageSize = reader.Integer(size);
            var order = sorts.Read(reader);
            var key = string.Join('&', given.Select(f => $"{f.Name}={f.Found!.Value.Value}"));
            return (new V2ListQuery<TRow>(
                rows => given.Aggregate(rows, (narrowed, f) => f.Found!.Value.Narrow(narrowed)),
                order,
                pageNumber,
                pageSize,
                key), reader.Errors);
        });
    }

    /// <summary>rows.Where(column == value), with the value as a query parameter (one cached plan for every value).</summary>
    private static (Func<IQueryable<TRow>, IQueryable<TRow>>, object) Equal<TRow, TValue>(Expression<Func<TRow, TValue>> column, TValue value)
    {
        var box = new Box<TValue>(value);
        var test = Expression.Lambda<Func<TRow, bool>>(
            Expression.Equal(column.Body, Expression.Property(Expression.Constant(box), nameof(Box<TValue>.Value))),
            column.Parameters);
        return (rows => rows.Where(test), value!);
    }

    private sealed record Box<TValue>(TValue Value);
}

/// <summary>
/// The orders a V2 list offers through <c>sort</c>: each name (and its <c>-</c> form, descending) a column, ties broken by
/// id in the same direction; or only newest first, with no <c>sort</c> parameter.
/// </summary>
public sealed class V2Sorts<TRow>
    where TRow : StoredResource
{
    private readonly Dictionary<string, Func<IQueryable<TRow>, IQueryable<TRow>>> orders = new(StringComparer.Ordinal);

    private V2Sorts(QueryParameter? parameter) => Parameter = parameter;

    public static V2Sorts<TRow> NewestFirst { get; } = new(null);

    /// <summary>The <c>sort</c> parameter, or null when the list has only one order.</summary>
    public QueryParameter? Parameter { get; }

    /// <summary>
    /// <c>sort</c> with these columns, ascending by name and descending with a leading <c>-</c>, defaulting to
    /// <paramref name="fallback"/> (such as <c>-created_at</c>).
    /// </summary>
    public static V2Sorts<TRow> By(string fallback, params (string Name, Expression<Func<TRow, object>> Column)[] columns)
    {
        var values = columns.SelectMany(c => new[] { c.Name, "-" + c.Name }).ToList();
        var sorts = new V2Sorts<TRow>(new QueryParameter("sort", QueryKind.Enum,
            $"The order: {string.Join(", ", columns.Select(c => c.Name))}, ascending, or descending with a leading '-'. Without it, {fallback}.")
        {
            Values = values,
            Default = fallback,
        });
        foreach (var (name, column) in columns)
        {
            sorts.orders[name] = rows => rows.OrderBy(column).ThenBy(r => r.Id);
            sorts.orders["-" + name] = rows => rows.OrderByDescending(column).ThenByDescending(r => r.Id);
        }

        return sorts;
    }

    /// <summary>The order a request asks for (its error in the reader when it names none of them).</summary>
    public Func<IQueryable<TRow>, IQueryable<TRow>> Read(QueryReader reader) =>
        Parameter is null || reader.OneOf(Parameter) is not { } sort || !orders.TryGetValue(sort, out var order)
            ? (rows => rows.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id))
            : order;
}
