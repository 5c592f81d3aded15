using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TelnyxMock.Data;

/// <summary>
/// PostgreSQL's text cannot hold the NUL character, which SQLite's can and which a request may send (a filter, a name).
/// Every string the mock hands PostgreSQL goes through <see cref="Storable"/>: NUL becomes U+FFFD, the same way in what
/// is stored and in what a filter compares, so a filter matches what it matches on SQLite. Documents never need it:
/// JSON writes NUL as the escape <c>\u0000</c>.
/// </summary>
public sealed class PostgresText : DbCommandInterceptor
{
    public static readonly PostgresText Instance = new();

    private PostgresText()
    {
    }

    public static string Storable(string value) => value.Contains('\0', StringComparison.Ordinal) ? value.Replace('\0', '\uFFFD') : value;

    /// <summary>Called once a command has its text and parameters, before any way of executing it.</summary>
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Clean(result);
        return result;
    }

    private static void Clean(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            if (parameter.Value is string text && text.Contains('\0', StringComparison.Ordinal))
            {
                parameter.Value = Storable(text);
            }
        }
    }
}
