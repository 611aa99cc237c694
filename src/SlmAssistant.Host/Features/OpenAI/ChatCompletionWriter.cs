using Microsoft.Extensions.AI;

namespace SlmAssistant.Host.Features.OpenAI;

/// <summary>The JSON of one completion in OpenAI's shapes: <c>chat.completion</c>, or its <c>chat.completion.chunk</c>s.</summary>
public sealed class ChatCompletionWriter(string model)
{
    private readonly string _id = "chatcmpl-" + Guid.NewGuid().ToString("N");
    private readonly long _created = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public static string FinishReason(ChatFinishReason reason) =>
        reason == ChatFinishReason.Length ? "length"
        : reason == ChatFinishReason.ContentFilter ? "content_filter"
        : "stop";

    public object Completion(ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new
        {
            id = _id,
            @object = "chat.completion",
            created = _created,
            model,
            choices = new[]
            {
                new
                {
                    index = 0,
                    message = new { role = "assistant", content = response.Text, refusal = (string?)null },
                    logprobs = (object?)null,
                    finish_reason = FinishReason(response.FinishReason ?? ChatFinishReason.Stop),
                },
            },
            usage = Usage(response.Usage),
        };
    }

    public object RoleChunk() => Chunk(new { role = "assistant", content = string.Empty }, null);

    public object ContentChunk(string text) => Chunk(new { content = text }, null);

    public object FinishChunk(string finishReason) => Chunk(new { }, finishReason);

    /// <summary>The last chunk when <c>stream_options.include_usage</c> asks for it: no choices, the usage.</summary>
    public object UsageChunk(UsageDetails? usage) => new
    {
        id = _id,
        @object = "chat.completion.chunk",
        created = _created,
        model,
        choices = Array.Empty<object>(),
        usage = Usage(usage),
    };

    private object Chunk(object delta, string? finishReason) => new
    {
        id = _id,
        @object = "chat.completion.chunk",
        created = _created,
        model,
        choices = new[] { new { index = 0, delta, logprobs = (object?)null, finish_reason = finishReason } },
    };

    private static object Usage(UsageDetails? usage)
    {
        var prompt = usage?.InputTokenCount ?? 0;
        var completion = usage?.OutputTokenCount ?? 0;
        return new { prompt_tokens = prompt, completion_tokens = completion, total_tokens = prompt + completion };
    }
}
