using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Channel;

/// <summary>
/// Reads an activity from a request body with a size limit: a body over the limit is 413 (checked on the
/// Content-Length and while reading, for chunked bodies), JSON that does not parse is 400 with the parser's reason.
/// </summary>
public static class ActivityReader
{
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var memory = buffer.GetMemory(16 * 1024);
            var read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return TooLarge(maxBytes);
            }
        }

        if (buffer.WrittenCount == 0)
        {
            return ActivityReadResult.Failed(StatusCodes.Status400BadRequest, "The request has no body; an activity (JSON) is expected.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(buffer.WrittenSpan, ProtocolJson.Options);
        }
        catch (JsonException ex)
        {
            return ActivityReadResult.Failed(StatusCodes.Status400BadRequest, $"The body is not a valid activity: {ex.Message}");
        }

        if (activity is null)
        {
            return ActivityReadResult.Failed(StatusCodes.Status400BadRequest, "The body is not a valid activity: it is null.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return ActivityReadResult.Failed(StatusCodes.Status400BadRequest, "The activity has no type.");
        }

        return new ActivityReadResult(activity, StatusCodes.Status200OK, null);
    }

    private static ActivityReadResult TooLarge(int maxBytes) =>
        ActivityReadResult.Failed(StatusCodes.Status413PayloadTooLarge, $"The activity is larger than {maxBytes} bytes.");
}
