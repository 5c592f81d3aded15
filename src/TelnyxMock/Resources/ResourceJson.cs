using System.Text.Json;
using TelnyxMock.Common;
using TelnyxMock.Common.Json;

namespace TelnyxMock.Resources;

/// <summary>
/// A response written from stored documents as they are (see <see cref="Data.StoredResource"/>): no entity is
/// materialised and nothing is serialised twice. OpenAPI learns its schema from <see cref="ResourceResponseMetadata"/>.
/// </summary>
public sealed class ResourceJson : IResult, IStatusCodeHttpResult
{
    private readonly Action<Utf8JsonWriter> write;

    private ResourceJson(int status, string? location, Action<Utf8JsonWriter> write)
    {
        StatusCode = status;
        Location = location;
        this.write = write;
    }

    public int? StatusCode { get; }

    public string? Location { get; }

    /// <summary>V2's <c>{"data": document}</c>.</summary>
    public static ResourceJson Data(string document, int status = StatusCodes.Status200OK, string? location = null) =>
        new(status, location, writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            writer.WriteRawValue(document, skipInputValidation: true);
            writer.WriteEndObject();
        });

    /// <summary>A V2 page: <c>{"data": [documents], "meta": …}</c>.</summary>
    public static ResourceJson Page(IEnumerable<string> documents, PaginationMeta meta) =>
        new(StatusCodes.Status200OK, null, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            foreach (var document in documents)
            {
                writer.WriteRawValue(document, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteProperty("meta", meta);
            writer.WriteEndObject();
        });

    /// <summary>The document itself (V1).</summary>
    public static ResourceJson Bare(string document) =>
        new(StatusCodes.Status200OK, null, writer => writer.WriteRawValue(document, skipInputValidation: true));

    /// <summary>A bare array of documents (V1 lists).</summary>
    public static ResourceJson Array(IEnumerable<string> documents) =>
        new(StatusCodes.Status200OK, null, writer =>
        {
            writer.WriteStartArray();
            foreach (var document in documents)
            {
                writer.WriteRawValue(document, skipInputValidation: true);
            }

            writer.WriteEndArray();
        });

    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCode!.Value;
        context.Response.ContentType = "application/json; charset=utf-8";
        if (Location is not null)
        {
            context.Response.Headers.Location = Location;
        }

        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, new JsonWriterOptions { Encoder = ApiJson.Options.Encoder }))
        {
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}
