using System.Text.Json.Nodes;
using TelnyxMock.Resources;

namespace TelnyxMock.V2.Connections;

/// <summary>
/// A connection of any type as <c>/v2/connections</c> answers it: the reference's <c>Connection</c> schema, the fields
/// every type has, taken from the connection's own document (<c>outbound_voice_profile_id</c> from its <c>outbound</c>).
/// </summary>
public static class ConnectionSummaryDefinition
{
    public static readonly string[] RecordTypes = ["credential_connection", "fqdn_connection", "ip_connection"];

    public static readonly ShapeSpec Fields = new("Connection",
    [
        F.ReadOnly("active", FieldType.Boolean),
        F.ReadOnly("anchorsite_override", FieldType.String),
        F.ReadOnly("connection_name", FieldType.String) with { Nullable = true },
        F.ReadOnly("created_at", FieldType.String) with { Format = Formats.DateTime },
        F.ReadOnly("id", FieldType.String),
        F.ReadOnly("outbound_voice_profile_id", FieldType.String) with { Nullable = true, Format = Formats.Int64 },
        F.ReadOnly("record_type", FieldType.String) with { Values = RecordTypes, Description = "Which kind of connection it is; /v2/{record_type}s/{id} has all of its fields." },
        F.ReadOnly("tags", FieldType.StringArray),
        F.ReadOnly("updated_at", FieldType.String) with { Format = Formats.DateTime },
        F.ReadOnly("webhook_api_version", FieldType.String),
        F.ReadOnly("webhook_event_failover_url", FieldType.String) with { Nullable = true },
        F.ReadOnly("webhook_event_url", FieldType.String) with { Nullable = true },
    ]);

    public static ResourceDefinition Definition { get; } = new("Connection", Fields);

    /// <summary>The summary of a typed connection document, as JSON text.</summary>
    public static string Of(string document)
    {
        var typed = JsonNode.Parse(document)!.AsObject();
        var summary = new JsonObject();
        foreach (var field in Fields.Fields)
        {
            summary[field.Name] = (typed[field.Name] ?? typed["outbound"]?[field.Name])?.DeepClone();
        }

        return summary.ToJsonString(Common.Json.ApiJson.Options);
    }
}
