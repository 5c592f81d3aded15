using TelnyxMock.Common;

namespace TelnyxMock.V2;

/// <summary>The paging parameters every V2 list takes, declared once.</summary>
public static class V2ListParameters
{
    public const int DefaultPageSize = 250;

    public static readonly QueryParameter PageNumber = new("page[number]", QueryKind.Integer, "The page to return, from 1.")
    { Minimum = 1, Default = 1 };

    public static readonly QueryParameter PageSize = new("page[size]", QueryKind.Integer, "Items per page.")
    { Minimum = 1, Maximum = DefaultPageSize, Default = DefaultPageSize };

    /// <summary><c>page[size]</c> → <c>/page/size</c>, <c>filter[connection_name][contains]</c> → <c>/filter/connection_name/contains</c>.</summary>
    public static string ToPointer(string name) => "/" + name.Replace("][", "/").Replace('[', '/').TrimEnd(']');

    /// <summary>A positive 64-bit id a filter names, or the error that says it is not one.</summary>
    public static long? Id(QueryReader reader, QueryParameter parameter)
    {
        var text = reader.String(parameter);
        if (text is null)
        {
            return null;
        }

        var id = Resources.Formats.ParseId(text.Trim());
        if (id is null)
        {
            reader.Fail(parameter.Name, $"{parameter.Name} must be a positive 64-bit integer, got '{Common.Validation.RuleExtensions.Clip(text)}'.");
        }

        return id;
    }
}
