using System.Text.Json.Nodes;
using TelnyxMock.Tests.Contract;
using TelnyxMock.Tests.Coverage;

namespace TelnyxMock.Tests.V2;

public sealed class SwaggerTests : IDisposable
{
    private readonly TelnyxMockApplication app = new();

    public void Dispose() => app.Dispose();

    /// <summary>Every V2 registration, by its collection path.</summary>
    public static TheoryData<string> Registrations => [.. MockModel.V2Registrations.Select(r => r.Path)];

    /// <summary>
    /// The five operations of each V2 registration are in the document under the reference's operationIds; create and
    /// update take the registration's request schemas (Create…Request, Update…Request) with an example; the list reads
    /// page[number] and page[size].
    /// </summary>
    [Theory]
    [MemberData(nameof(Registrations))]
    public async Task TelnyxDocument_DescribesTheFiveOperationsOfEachRegistration(string path)
    {
        var registration = MockModel.Holding(path)!;
        var document = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);

        foreach (var (method, route) in registration.Five)
        {
            var operation = document["paths"]?[route]?[method.ToLowerInvariant()];
            var reference = ReferenceSchemas.Document["paths"]?[route["/v2".Length..]]?[method.ToLowerInvariant()];
            Assert.True(operation is not null, $"{method} {route} is not in the Telnyx document.");
            Assert.True(reference is not null, $"{method} {route} is not in Telnyx's reference.");
            Assert.Equal(reference["operationId"].Str(), operation["operationId"].Str());
        }

        foreach (var (method, route, schema) in new[] { ("post", path, "Create"), ("patch", $"{path}/{{id}}", "Update") }.Where(o => o.Item1 != "post" || registration.Posted))
        {
            var body = document["paths"]![route]![method]!["requestBody"]?["content"]?["application/json"];
            Assert.Equal($"#/components/schemas/{schema}{registration.Definition.Name}Request", body?["schema"]?["$ref"]?.GetValue<string>());
            Assert.True(body?["example"] is JsonObject, $"{method.ToUpperInvariant()} {route} has no request example.");
        }

        var parameters = document["paths"]![path]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"].Str()).ToList();
        Assert.Contains("page[number]", parameters);
        Assert.Contains("page[size]", parameters);
    }

    [Fact]
    public async Task TelnyxDocument_ListsTheQueryParametersAsTelnyxNamesThem()
    {
        var document = await (await app.CreateClient().GetAsync("/swagger/telnyx/swagger.json")).ExpectAsync(200);

        var names = document["paths"]!["/v2/ip_connections"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"].Str()).ToList();
        Assert.Contains("filter[connection_name][contains]", names);
        Assert.Contains("filter[fqdn]", names);
        Assert.Contains("filter[outbound_voice_profile_id]", names);
        Assert.Contains("page[number]", names);
        Assert.Contains("page[size]", names);
        Assert.Contains("sort", names);
    }
}
