using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TelnyxMock.Common.Json;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.OutboundVoiceProfiles;

/// <summary>
/// A V2 outbound voice profile (<c>/v2/outbound_voice_profiles</c>), written once as the reference's
/// <c>OutboundVoiceProfile</c> orders it. Connections name it in <c>outbound.outbound_voice_profile_id</c>, a link:
/// deleting the profile clears it from them; <c>connections_count</c> counts them at every read.
/// </summary>
public static class OutboundVoiceProfileDefinition
{
    public const string RecordType = "outbound_voice_profile";

    public static readonly ShapeSpec CallRecording = new("OutboundCallRecording",
    [
        F.StrList("call_recording_caller_phone_numbers") with
        {
            Format = Formats.E164, MaxItems = 100, UniqueItems = true,
            Description = "With call_recording_type 'by_caller_phone_number', the caller numbers (E.164) whose outbound calls are recorded.",
        },
        F.Enum("call_recording_channels", ["single", "dual"], "single"),
        F.Enum("call_recording_format", ["wav", "mp3"], "wav"),
        F.Enum("call_recording_type", ["all", "none", "by_caller_phone_number"], "none").Described("Which calls are recorded; none until set."),
    ]);

    public static readonly ShapeSpec CallingWindow = new("OutboundVoiceProfileCallingWindow",
    [
        F.Int("calls_per_cld", minimum: 0).OrNull().Described("(BETA) The most calls to one called number within the window; null for no limit."),
        F.Formatted("end_time", Formats.TimeOfDay).OrNull().Described("(BETA) UTC time of day after which calls may not start."),
        F.Formatted("start_time", Formats.TimeOfDay).OrNull().Described("(BETA) UTC time of day from which calls may start."),
    ]);

    public static readonly ShapeSpec Fields = new("OutboundVoiceProfile",
    [
        F.Uuid("billing_group_id").OrNull().Described("The billing group (a UUID), or null for none."),
        F.Obj("call_recording", CallRecording),
        F.Obj("calling_window", CallingWindow).OrNull() with
        {
            OmittedWhenNull = true, Description = "(BETA) When calls may start, UTC; left out of responses until set.",
        },
        F.Int("concurrent_call_limit", minimum: 1).OrNull().Described("The most calls at once; null for no limit."),
        F.ReadOnly("connections_count", FieldType.Integer, JsonValue.Create(0)) with { Description = "How many of your connections (of every type) name this profile." },
        F.ReadOnly("created_at", FieldType.String) with { Format = Formats.DateTime },
        F.Formatted("daily_spend_limit", Formats.Amount).OrNull().Described("The most usage charges a day, in USD, as a string such as '100.00'; null for none."),
        F.Bool("daily_spend_limit_enabled", false),
        F.Bool("enabled", true),
        F.ReadOnly("id", FieldType.String),
        F.Number("max_destination_rate", minimum: 0).OrNull().Described("The highest price per minute of a destination that may be called; null for no limit."),
        F.Str("name", maxLength: 255) with { Required = true, MinLength = 3, NotBlank = true, Printable = true },
        F.ReadOnly("record_type", FieldType.String, JsonValue.Create(RecordType)),
        F.Enum("service_plan", ["global"], "global"),
        F.StrList("tags") with { MaxLength = 255, Printable = true, MaxItems = 100 },
        F.Enum("traffic_type", ["conversational"], "conversational"),
        F.ReadOnly("updated_at", FieldType.String) with { Format = Formats.DateTime },
        F.Enum("usage_payment_method", ["rate-deck"], "rate-deck"),
        F.StrList("whitelisted_destinations", ["US", "CA"]) with
        {
            Format = Formats.CountryCode, UniqueItems = true, MaxItems = 250,
            Description = "The countries (ISO 3166-1 alpha-2 codes) calls may go to.",
        },
    ]);

    private static readonly ResourceDefinition Definition = new("OutboundVoiceProfile", Fields);

    /// <summary>
    /// Telnyx V2 outbound voice profiles: <c>/v2/outbound_voice_profiles</c>. A connection names one in
    /// <c>outbound.outbound_voice_profile_id</c>; deleting the profile clears it there.
    /// </summary>
    public static readonly V2Resource<OutboundVoiceProfileRow> Resource = new(Definition, new(
        "/v2/outbound_voice_profiles", "Outbound Voice Profiles", "OutboundVoiceProfile", "OutboundVoiceProfiles", "an outbound voice profile", "outbound voice profiles"))
    {
        OperationIds = new("ListOutboundVoiceProfiles", "CreateVoiceProfile", "GetOutboundVoiceProfile", "UpdateOutboundVoiceProfile", "DeleteOutboundVoiceProfile"),
        CreateStatus = StatusCodes.Status200OK,
        ListDescription = "Returns a page of your outbound voice profiles (20 by default), filtered by name and sorted (newest first by default).",
        List = V2Filter.List(
            V2Sorts<OutboundVoiceProfileRow>.By("-created_at",
                ("created_at", p => p.CreatedAt), ("enabled", p => p.Enabled), ("name", p => p.NameKey), ("service_plan", p => p.ServicePlan),
                ("traffic_type", p => p.TrafficType), ("usage_payment_method", p => p.UsagePaymentMethod)),
            20,
            V2Filter.Contains<OutboundVoiceProfileRow>("filter[name][contains]", "Profiles whose name contains this text, case-insensitively.", p => p.NameKey, folded: true)),
        CreateExample = """
            {"name": "office", "whitelisted_destinations": ["US", "CA", "GB"], "concurrent_call_limit": 10,
             "daily_spend_limit": "100.00", "daily_spend_limit_enabled": true, "tags": ["office-profile"]}
            """,
        UpdateExample = """{"enabled": false, "max_destination_rate": 0.5}""",
        DeleteDescription = "Deletes the profile and returns it; connections that named it no longer name any (their updated_at moves).",
        FixtureSection = "outbound_voice_profiles",
        Computed = CountConnectionsAsync,
    };

    /// <summary><c>connections_count</c>: the account's connections, of every type, that name each profile now.</summary>
    private static async Task<IReadOnlyList<string>> CountConnectionsAsync(V2Read read, IReadOnlyList<string> documents)
    {
        var (db, account, cancellationToken) = (read.Db, read.Account, read.CancellationToken);
        var parsed = documents.Select(d => JsonNode.Parse(d)!.AsObject()).ToList();
        var ids = parsed.Select(d => (long?)long.Parse(d["id"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
        var counts = await db.Set<V2ConnectionRow>()
            .Where(c => c.Account == account && ids.Contains(c.OutboundVoiceProfileId))
            .GroupBy(c => c.OutboundVoiceProfileId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id!.Value, g => g.Count, cancellationToken);
        return [.. parsed.Select((document, i) =>
        {
            document["connections_count"] = counts.GetValueOrDefault(ids[i]!.Value);
            return Definition.Answered(document).ToJsonString(ApiJson.Options);
        })];
    }
}
