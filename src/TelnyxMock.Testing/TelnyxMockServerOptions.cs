using Microsoft.Extensions.Logging;
using TelnyxMock.Common;

namespace TelnyxMock.Testing;

/// <summary>How <see cref="TelnyxMockServer.StartAsync"/> starts a mock; every setting has the mock's usual default.</summary>
public sealed class TelnyxMockServerOptions
{
    /// <summary>Reject unknown body fields (V1: 400, V2: 422) instead of ignoring them as Telnyx does.</summary>
    public bool Strict { get; set; }

    /// <summary>
    /// Fixtures loaded once the server is up (the README's "Fixtures" format): a JSON string, or any object that
    /// serialises to that JSON (anonymous objects with snake_case member names work). A fixture the mock refuses
    /// makes <see cref="TelnyxMockServer.StartAsync"/> throw with every error listed.
    /// </summary>
    public object? Fixtures { get; set; }

    /// <summary>A fixtures file to load at start-up, like the <c>TelnyxMock:FixturesFile</c> setting.</summary>
    public string? FixturesFile { get; set; }

    /// <summary>A SQLite file to keep the data in; null (the default) keeps it in memory for this server only.</summary>
    public string? DatabaseFile { get; set; }

    /// <summary>The port on 127.0.0.1; 0 (the default) takes a free one.</summary>
    public int Port { get; set; }

    /// <summary>When set, <c>/_mock</c> needs this token; the server's <see cref="TelnyxMockServer.Control"/> sends it.</summary>
    public string? AdminToken { get; set; }

    /// <summary>The accepted accounts; empty (the default) accepts any credential and lets it name the account.</summary>
    public List<AccountOptions> Accounts { get; } = [];

    /// <summary>Seeds fault rules' <c>probability</c>, so a run can be repeated.</summary>
    public int? FaultSeed { get; set; }

    /// <summary>Any other setting of the README's "Settings" table, by its key (<c>TelnyxMock:JournalSize</c>).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the mock logs; by default nowhere. For example <c>o.Logging = l => l.AddConsole();</c>.</summary>
    public Action<ILoggingBuilder>? Logging { get; set; }

    internal Dictionary<string, string?> ToSettings()
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["urls"] = $"http://127.0.0.1:{Port}",
            ["ConnectionStrings:TelnyxMock"] = DatabaseFile is null ? "Data Source=:memory:" : $"Data Source={DatabaseFile}",
            ["TelnyxMock:Strict"] = Strict ? "true" : "false",
            ["TelnyxMock:FixturesFile"] = FixturesFile,
            ["TelnyxMock:AdminToken"] = AdminToken,
            ["TelnyxMock:FaultSeed"] = FaultSeed?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < Accounts.Count; i++)
        {
            var account = Accounts[i];
            var prefix = $"TelnyxMock:Accounts:{i}:";
            settings[prefix + "Name"] = account.Name;
            for (var k = 0; k < account.ApiKeys.Count; k++)
            {
                settings[$"{prefix}ApiKeys:{k}"] = account.ApiKeys[k];
            }

            for (var u = 0; u < account.V1Users.Count; u++)
            {
                settings[$"{prefix}V1Users:{u}:User"] = account.V1Users[u].User;
                settings[$"{prefix}V1Users:{u}:Token"] = account.V1Users[u].Token;
            }
        }

        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        return settings;
    }
}
