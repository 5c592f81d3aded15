using Microsoft.Extensions.Options;

namespace TelnyxMock.Common.Json;

/// <summary>
/// Reads a request body into memory, but never more than <see cref="MockOptions.MaxBodyBytes"/>: every endpoint
/// that reads a body (Telnyx surfaces and <c>/_mock</c> alike) goes through here, so no body, declared or chunked,
/// can make the mock buffer more than the documented limit.
/// </summary>
public static class LimitedBody
{
    /// <summary>The limit in force for this request.</summary>
    public static long Limit(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<MockOptions>>().Value.MaxBodyBytes;

    /// <summary>The whole body, rewound; null when it is (or says it is) larger than the limit.</summary>
    public static async Task<MemoryStream?> ReadAsync(HttpContext context)
    {
        var limit = Limit(context);
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            return null;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await buffer.DisposeAsync();
                return null;
            }

            await buffer.WriteAsync(chunk.AsMemory(0, read), context.RequestAborted);
        }

        buffer.Position = 0;
        return buffer;
    }
}
