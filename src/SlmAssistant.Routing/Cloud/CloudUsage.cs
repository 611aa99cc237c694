using Microsoft.SemanticKernel;
using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Routing.Cloud;

/// <summary>Reads the token usage the OpenAI / Azure OpenAI connector attaches to a reply.</summary>
internal static class CloudUsage
{
    public static TokenUsage? Of(ChatMessageContent reply)
    {
        var usage = (reply.InnerContent as OpenAI.Chat.ChatCompletion)?.Usage
            ?? (reply.Metadata?.TryGetValue("Usage", out var value) == true ? value as OpenAI.Chat.ChatTokenUsage : null);
        return usage is null ? null : new TokenUsage(usage.InputTokenCount, usage.OutputTokenCount);
    }
}
