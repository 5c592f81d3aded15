using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace TelnyxMock.Tests.Filters;

/// <summary>
/// The SQL commands a mock ran, read from EF's command log (values are not logged, only each parameter's name and type),
/// and a way to ask the database for the plan of one of them.
/// </summary>
public sealed partial class ExecutedSql : ILoggerProvider
{
    public const string Category = "Microsoft.EntityFrameworkCore.Database.Command";

    private readonly ConcurrentQueue<string> commands = new();

    /// <summary>The settings that make EF log every command it runs.</summary>
    public static Dictionary<string, string?> Settings(string? connectionString = null, string? store = null)
    {
        var settings = new Dictionary<string, string?> { [$"Logging:LogLevel:{Category}"] = "Information" };
        if (connectionString is not null)
        {
            settings["ConnectionStrings:TelnyxMock"] = connectionString;
        }

        if (store is not null)
        {
            settings["TelnyxMock:Store"] = store;
        }

        return settings;
    }

    /// <summary><paramref name="app"/> with its commands logged here.</summary>
    public WebApplicationFactory<Program> Watch(WebApplicationFactory<Program> app) =>
        app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(this)));

    public IReadOnlyList<string> Commands => [.. commands];

    public void Clear() => commands.Clear();

    /// <summary>
    /// The plan <paramref name="explain"/> (<c>EXPLAIN QUERY PLAN</c>, <c>EXPLAIN</c>) gives for <paramref name="sql"/>, as
    /// one text; each parameter is bound to a value of its logged type: numbers 1, strings <paramref name="text"/> of
    /// the parameter's name (by default a pattern with wildcards).
    /// </summary>
    public static async Task<string> PlanAsync(DbConnection connection, string explain, string sql, string parameters, Func<string, string>? text = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"{explain} {sql}";
        foreach (Match m in Parameter().Matches(parameters))
        {
            var p = command.CreateParameter();
            p.ParameterName = m.Groups["name"].Value;
            p.Value = m.Groups["type"].Value switch
            {
                "Int32" => 1,
                "Int64" => 1L,
                "Boolean" => true,
                _ => text?.Invoke(m.Groups["name"].Value) ?? "%abc%",
            };
            command.Parameters.Add(p);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString())));
        }

        return string.Join("\n", lines);
    }

    /// <summary>The last logged command that <paramref name="match"/> picks: its parameters (as logged) and its SQL.</summary>
    public (string Parameters, string Sql) Find(Func<string, bool> match)
    {
        var found = commands.LastOrDefault(c => match(c)) ?? throw new InvalidOperationException($"No such command among:\n{string.Join("\n---\n", commands)}");
        var newline = found.IndexOf('\n', StringComparison.Ordinal);
        return (found[..newline], found[(newline + 1)..]);
    }

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new CommandLog(commands) : NullLogger.Instance;

    public void Dispose()
    {
    }

    [GeneratedRegex(@"(?<name>@[\w]+)='[^']*'(?: \((?:[^)]*?DbType = (?<type>\w+))?[^)]*\))?")]
    private static partial Regex Parameter();

    private sealed class CommandLog(ConcurrentQueue<string> commands) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name?.EndsWith("CommandExecuted", StringComparison.Ordinal) == true)
            {
                commands.Enqueue(formatter(state, exception));
            }
        }
    }

    private sealed class NullLogger : ILogger
    {
        public static readonly NullLogger Instance = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => false;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
