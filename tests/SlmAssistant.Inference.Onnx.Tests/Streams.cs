using Microsoft.Extensions.AI;

namespace SlmAssistant.Inference.Onnx.Tests;

internal static class Streams
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static ChatMessage[] Ask(string question) => [new(ChatRole.System, "You answer from the documents."), new(ChatRole.User, question)];

    /// <summary>Reads a whole stream (bounded in time); returns the text and every update.</summary>
    public static async Task<(string Text, List<ChatResponseUpdate> Updates)> ReadAllAsync(IAsyncEnumerable<ChatResponseUpdate> stream)
    {
        var updates = new List<ChatResponseUpdate>();
        await foreach (var update in stream.WithCancellation(CancellationToken.None))
        {
            updates.Add(update);
        }

        return (string.Concat(updates.Select(update => update.Text)), updates);
    }

    public static Task<(string Text, List<ChatResponseUpdate> Updates)> ReadAllBoundedAsync(IAsyncEnumerable<ChatResponseUpdate> stream) =>
        ReadAllAsync(stream).WaitAsync(Timeout);
}
