using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace TelnyxMock.Tests.Contract;

/// <summary>
/// The response schemas of Telnyx's OpenAPI document (openapi/telnyx-reference/connection-family.json),
/// made usable by NJsonSchema: a response schema becomes a root schema whose <c>definitions</c> are the
/// document's component schemas, with <c>#/components/schemas/X</c> refs rewritten to <c>#/definitions/X</c>.
/// </summary>
internal static class ReferenceSchemas
{
    /// <summary>
    /// Where the reference's schema cannot be used as-is: fields it types as non-null although they have no
    /// value until set (their documented default is null, or none is documented and the mock leaves them unset).
    /// Each becomes "the same type, or null". <see cref="Strict"/> skips these.
    /// </summary>
    public static readonly (string Schema, string Property, string Reason)[] Relaxations =
    [
        ("IpConnection", "connection_name", "README Differences: connection_name may be omitted on create and is then null."),
        ("IpConnection", "webhook_event_url", "no default documented; null until set."),
        ("IpConnection", "webhook_event_failover_url", "documented default \"\" contradicts its own format uri; \"\" is allowed."),
        ("InboundIp", "channel_limit", "documented default null, typed integer."),
        ("InboundIp", "default_routing_method", "\"left blank\" per the create page; null until set."),
        ("InboundIp", "sip_subdomain", "no default documented; null until set."),
        ("InboundIp", "sip_subdomain_receive_settings", "no default documented; null until set."),
        ("InboundIp", "default_primary_ip_id", "no default documented; null until set."),
        ("InboundIp", "default_secondary_ip_id", "no default documented; null until set."),
        ("InboundIp", "default_tertiary_ip_id", "no default documented; null until set."),
        ("OutboundIp", "channel_limit", "documented default null, typed integer."),
        ("OutboundIp", "ip_authentication_token", "documented default null, typed string."),
        ("OutboundIp", "localization", "documented default null, typed string."),
        ("OutboundIp", "outbound_voice_profile_id", "no default documented; null until set."),
        ("Ip", "connection_id", "an IP not attached to a connection (connection_id left out or set to null) has none."),
        ("CredentialConnection", "webhook_event_url", "as IpConnection."),
        ("CredentialConnection", "webhook_event_failover_url", "as IpConnection."),
        ("CredentialInbound", "channel_limit", "as InboundIp."),
        ("CredentialInbound", "default_routing_method", "as InboundIp."),
        ("CredentialOutbound", "channel_limit", "as OutboundIp."),
        ("CredentialOutbound", "outbound_voice_profile_id", "as OutboundIp."),
        ("FqdnConnection", "webhook_event_url", "as IpConnection."),
        ("FqdnConnection", "webhook_event_failover_url", "as IpConnection."),
        ("FqdnConnection", "password", "read-only, no value documented: null (the mock has no FQDN credentials)."),
        ("FqdnConnection", "user_name", "as password."),
        ("FqdnConnection", "txt_name", "read-only, no value documented: null (the mock publishes no TXT records)."),
        ("FqdnConnection", "txt_ttl", "as txt_name."),
        ("FqdnConnection", "txt_value", "as txt_name."),
        ("Connection", "connection_name", "as IpConnection (an IP connection's name may be left out)."),
        ("Connection", "outbound_voice_profile_id", "as OutboundIp."),
        ("Connection", "webhook_event_url", "as IpConnection."),
        ("Connection", "webhook_event_failover_url", "as IpConnection."),
        ("OutboundFqdn", "channel_limit", "as OutboundIp."),
        ("OutboundFqdn", "ip_authentication_token", "as OutboundIp."),
        ("OutboundFqdn", "outbound_voice_profile_id", "as OutboundIp."),
        ("OutboundVoiceProfile", "max_destination_rate", "no default documented: null (no limit) until set."),
        ("OutboundVoiceProfile", "daily_spend_limit", "no default documented: null (no limit) until set."),
        ("OutboundVoiceProfile", "concurrent_call_limit", "null means no limit (the reference's prose)."),
        ("CallForwarding", "forwarding_type", "no default documented: null until set (forwarding has no effect without forwards_to)."),
        ("CallForwarding", "forwards_to", "\"left blank\" means no forwarding (the reference's prose): null until set."),
        ("CnamListing", "cnam_listing_details", "no default documented: null until set."),
        ("EmergencySettings", "emergency_address_id", "no default documented: null until set."),
        ("PhoneNumberWithVoiceSettings", "connection_id", "a number assigned to no connection (PhoneNumberDetailed types it string or null)."),
        ("PhoneNumberWithVoiceSettings", "customer_reference", "as PhoneNumberDetailed (string or null)."),
        ("PhoneNumberDeletedDetailed", "billing_group_id", "as PhoneNumberDetailed (string or null)."),
        ("PhoneNumberDeletedDetailed", "connection_id", "as PhoneNumberDetailed (string or null)."),
        ("PhoneNumberDeletedDetailed", "connection_name", "as PhoneNumberDetailed (string or null)."),
        ("PhoneNumberDeletedDetailed", "customer_reference", "as PhoneNumberDetailed (string or null)."),
        ("PhoneNumberDeletedDetailed", "emergency_address_id", "as PhoneNumberDetailed (string or null)."),
        ("PhoneNumberDeletedDetailed", "external_pin", "as PhoneNumberDetailed (string or null)."),
        ("PhoneNumberDeletedDetailed", "messaging_profile_id", "as PhoneNumberDetailed (string or null)."),
        ("PhoneNumberDeletedDetailed", "messaging_profile_name", "as PhoneNumberDetailed (string or null)."),
        ("NumberOrder", "billing_group_id", "an order may name no billing group: null."),
        ("NumberOrder", "connection_id", "an order may name no connection, and deleting the connection clears it: null."),
        ("NumberOrder", "customer_reference", "null until set."),
        ("NumberOrder", "messaging_profile_id", "an order may name no messaging profile: null."),
        ("NumberOrderWithPhoneNumbers", "billing_group_id", "as NumberOrder."),
        ("NumberOrderWithPhoneNumbers", "connection_id", "as NumberOrder."),
        ("NumberOrderWithPhoneNumbers", "customer_reference", "as NumberOrder."),
        ("NumberOrderWithPhoneNumbers", "messaging_profile_id", "as NumberOrder."),
        ("PhoneNumber", "bundle_id", "a number ordered without a bundle has none: null."),
    ];

    /// <summary>
    /// The vendored subsets (the connection family and its neighbourhood, one commit of Telnyx's document) read as one:
    /// their paths and components do not overlap.
    /// </summary>
    private static readonly Lazy<JsonObject> Loaded = new(() =>
    {
        JsonObject Read(string file) => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "openapi", "telnyx-reference", file)))!;
        var merged = Read("connection-family.json");
        var neighbourhood = Read("connection-neighbourhood.json");
        foreach (var (path, item) in neighbourhood["paths"]!.AsObject())
        {
            // The mock names every resource's path parameter {id} (README Differences: the reference's {number_order_id}).
            merged["paths"]![path.Replace("{number_order_id}", "{id}", StringComparison.Ordinal)] = item!.DeepClone();
        }

        foreach (var (section, entries) in neighbourhood["components"]!.AsObject())
        {
            var target = merged["components"]![section] as JsonObject ?? (JsonObject)(merged["components"]![section] = new JsonObject());
            foreach (var (name, entry) in entries!.AsObject())
            {
                // Only what both documents declare identically (the security scheme) may appear twice.
                if (!target.TryGetPropertyValue(name, out var known) || !JsonNode.DeepEquals(known, entry))
                {
                    target.Add(name, entry!.DeepClone());
                }
            }
        }

        return merged;
    });

    public static JsonObject Document => Loaded.Value;

    public static JsonObject Components => Loaded.Value["components"]!["schemas"]!.AsObject();

    /// <summary>Fails with every mismatch when <paramref name="body"/> does not match the reference's response schema.</summary>
    /// <returns><paramref name="body"/>, to read further.</returns>
    public static async Task<JsonNode> AssertMatchesAsync(string path, string method, string status, JsonNode body, bool strict = false)
    {
        if (!DeclaresBody(path, method, status))
        {
            // The reference documents the status with no body (the neighbourhood's 401s): there is nothing to hold it to.
            return body;
        }

        JsonSchema schema = await ResponseAsync(path, method, status, strict);

        var errors = schema.Validate(body);

        Assert.True(errors.Count == 0,
            $"{method.ToUpperInvariant()} {path} {status} does not match the reference:{Environment.NewLine}"
            + string.Join(Environment.NewLine, errors.Select(e => $"  {e.Path}: {e.Kind} {e}"))
            + $"{Environment.NewLine}{body.ToJsonString()}");
        return body;
    }

    /// <summary>The one media type the reference's response of an operation declares.</summary>
    public static string ContentType(string path, string method, string status) =>
        Loaded.Value["paths"]![path]![method]!["responses"]![status]!["content"]!.AsObject().Single().Key;

    /// <summary>
    /// The property names the reference gives the resource a success response carries in <c>data</c> (the item's, for a
    /// list), following <c>$ref</c>, <c>items</c> and <c>allOf</c>; null when the response declares no <c>data</c>.
    /// </summary>
    public static IReadOnlySet<string>? DataProperties(string path, string method, string status)
    {
        var response = Loaded.Value["paths"]![path]![method]!["responses"]![status]!;
        var data = Resolve(response["content"]?["application/json"]?["schema"])?["properties"]?["data"];
        var item = Resolve(data)?["type"]?.GetValue<string>() == "array" ? Resolve(Resolve(data)!["items"]) : Resolve(data);
        return item is null ? null : Properties(item).ToHashSet(StringComparer.Ordinal);
    }

    private static IEnumerable<string> Properties(JsonNode schema) =>
        (schema["properties"]?.AsObject().Select(p => p.Key) ?? [])
            .Concat(schema["allOf"]?.AsArray().SelectMany(part => Properties(Resolve(part)!)) ?? []);

    private static JsonNode? Resolve(JsonNode? schema) =>
        schema?["$ref"]?.GetValue<string>() is { } reference ? Resolve(Components[reference.Split('/').Last()]) : schema;

    /// <summary>Whether the reference declares a JSON body for the <paramref name="status"/> response of an operation.</summary>
    public static bool DeclaresBody(string path, string method, string status)
    {
        var response = Loaded.Value["paths"]![path]![method]!["responses"]![status]!;
        if (response["$ref"]?.GetValue<string>() is { } reference)
        {
            response = Loaded.Value["components"]!["responses"]![reference.Split('/').Last()]!;
        }

        return response["content"]?["application/json"]?["schema"] is not null;
    }

    /// <summary>The schema of the <paramref name="status"/> response of an operation, as declared by the reference.</summary>
    public static async Task<JsonSchema> ResponseAsync(string path, string method, string status, bool strict = false)
    {
        var response = Loaded.Value["paths"]![path]![method]!["responses"]![status]!;
        if (response["$ref"]?.GetValue<string>() is { } reference)
        {
            response = Loaded.Value["components"]!["responses"]![reference.Split('/').Last()]!;
        }

        var root = response["content"]!["application/json"]!["schema"]!.DeepClone().AsObject();
        var definitions = Components.DeepClone().AsObject();
        if (!strict)
        {
            Relax(definitions);
        }

        root["definitions"] = definitions;
        var json = root.ToJsonString().Replace("#/components/schemas/", "#/definitions/");
        return await JsonSchema.FromJsonAsync(json);
    }

    public static ICollection<ValidationError> Validate(this JsonSchema schema, JsonNode body) => schema.Validate(body.ToJsonString());

    private static void Relax(JsonObject definitions)
    {
        foreach (var (schema, property, _) in Relaxations)
        {
            var properties = definitions[schema]!["properties"]!.AsObject();
            var original = properties[property]!.DeepClone();
            if (original["$ref"]?.GetValue<string>() is { } reference)
            {
                // A shared component (FqdnConnection's WebhookEventFailoverUrl): relaxed here only, as a copy.
                original = definitions[reference.Split('/').Last()]!.DeepClone();
            }

            if (property == "webhook_event_failover_url")
            {
                original.AsObject().Remove("format");
            }

            properties[property] = new JsonObject { ["anyOf"] = new JsonArray(original, new JsonObject { ["type"] = "null" }) };
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TelnyxMock.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("TelnyxMock.sln not found above " + AppContext.BaseDirectory);
    }
}
