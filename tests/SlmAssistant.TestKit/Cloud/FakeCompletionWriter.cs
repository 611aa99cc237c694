using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SlmAssistant.TestKit.Cloud;

/// <summary>Writes chat completion responses in OpenAI's wire format: one JSON object, or SSE chunks ending in [DONE].</summary>
internal static class FakeCompletionWriter
{
    public static Task WriteAsync(HttpContext context, FakeChatRequest request, string reply, int promptTokens, int completionTokens)
    {
        var completion = Envelope("chat.completion", request);
        completion["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply, ["refusal"] = null },
            ["logprobs"] = null,
            ["finish_reason"] = "stop",
        });
        completion["usage"] = Usage(promptTokens, completionTokens);
        return context.Response.WriteAsJsonAsync(completion, JsonSerializerOptions.Default, context.RequestAborted);
    }

    public static async Task WriteStreamAsync(HttpContext context, FakeChatRequest request, string reply, int promptTokens, int completionTokens)
    {
        context.Response.ContentType = "text/event-stream";
        await WriteEventAsync(context, Chunk(request, new JsonObject { ["role"] = "assistant", ["content"] = string.Empty }, null));
        foreach (var piece in Pieces(reply))
        {
            await WriteEventAsync(context, Chunk(request, new JsonObject { ["content"] = piece }, null));
        }

        await WriteEventAsync(context, Chunk(request, new JsonObject(), "stop"));
        if (request.IncludeUsageInStream)
        {
            var usage = Envelope("chat.completion.chunk", request);
            usage["choices"] = new JsonArray();
            usage["usage"] = Usage(promptTokens, completionTokens);
            await WriteEventAsync(context, usage.ToJsonString());
        }

        await WriteEventAsync(context, "[DONE]");
    }

    private static JsonObject Envelope(string kind, FakeChatRequest request) => new()
    {
        ["id"] = $"chatcmpl-fake-{Guid.NewGuid():N}",
        ["object"] = kind,
        ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["model"] = request.Model ?? "fake-model",
        ["system_fingerprint"] = "fp_fake",
    };

    private static string Chunk(FakeChatRequest request, JsonObject delta, string? finishReason)
    {
        var chunk = Envelope("chat.completion.chunk", request);
        chunk["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["delta"] = delta,
            ["logprobs"] = null,
            ["finish_reason"] = finishReason,
        });
        return chunk.ToJsonString();
    }

    private static JsonObject Usage(int promptTokens, int completionTokens) => new()
    {
        ["prompt_tokens"] = promptTokens,
        ["completion_tokens"] = completionTokens,
        ["total_tokens"] = promptTokens + completionTokens,
    };

    // Word-sized pieces, so a client has to stitch the answer together as it would with a real stream.
    private static IEnumerable<string> Pieces(string reply)
    {
        var start = 0;
        for (var i = 1; i <= reply.Length; i++)
        {
            if (i == reply.Length || reply[i] == ' ')
            {
                yield return reply[start..i];
                start = i;
            }
        }
    }

    private static async Task WriteEventAsync(HttpContext context, string data)
    {
        await context.Response.WriteAsync($"data: {data}\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }
}
