using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;
using TelnyxMock.Hosting;

namespace TelnyxMock.Common.Json;

/// <summary>
/// A 200 whose body is written from JSON text already serialised (entity snapshots, see
/// <see cref="Data.ISnapshotted"/>), documented in OpenAPI as <typeparamref name="T"/> exactly as <c>Ok&lt;T&gt;</c> is.
/// </summary>
public sealed class JsonText<T>(Action<Utf8JsonWriter> write) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public async Task ExecuteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, new JsonWriterOptions { Encoder = SnapshotJson.Options.Encoder }))
        {
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}

/// <summary>The serializer settings snapshots are written with: the API's own (<see cref="MockServices.Configure"/>).</summary>
public static class SnapshotJson
{
    public static JsonSerializerOptions Options { get; } = MockServices.CreateSerializerOptions();

    /// <summary>Writes <c>"name": value</c> with a value from <see cref="Options"/>.</summary>
    public static void WriteProperty<TValue>(this Utf8JsonWriter writer, string name, TValue value)
    {
        writer.WritePropertyName(name);
        JsonSerializer.Serialize(writer, value, Options);
    }
}
