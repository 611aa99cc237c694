using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntimeGenAI;

namespace SlmAssistant.Inference.Onnx.Chat;

/// <summary>Renders chat messages with the chat template of the model folder (tokenizer_config.json).</summary>
internal static class PromptRenderer
{
    public static string Render(Tokenizer tokenizer, IEnumerable<ChatMessage> messages)
    {
        var turns = messages
            .Where(message => !string.IsNullOrEmpty(message.Text))
            .Select(message => new Dictionary<string, string> { ["role"] = message.Role.Value, ["content"] = message.Text })
            .ToList();
        if (turns.Count == 0)
        {
            throw new ArgumentException("There is no message with text to answer.", nameof(messages));
        }

        // A null template means "the one in the model folder"; the generation prompt opens the assistant's turn.
        return tokenizer.ApplyChatTemplate(null, JsonSerializer.Serialize(turns), null, true);
    }
}
