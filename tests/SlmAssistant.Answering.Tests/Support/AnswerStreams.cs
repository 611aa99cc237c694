using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Answering.Tests.Support;

internal static class AnswerStreams
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Reads a whole answer stream, bounded in time: the text deltas and the final result.</summary>
    public static async Task<(List<string> Deltas, AnswerResult Final, int Updates)> ReadAsync(IAsyncEnumerable<AnswerUpdate> stream)
    {
        var updates = new List<AnswerUpdate>();
        await ReadIntoAsync(stream, updates).WaitAsync(Timeout);
        var finals = updates.Where(update => update.Final is not null).ToList();
        Assert.Single(finals);
        Assert.Same(finals[0], updates[^1]);
        return ([.. updates.Select(update => update.TextDelta).OfType<string>()], finals[0].Final!, updates.Count);
    }

    public static Task<AnswerResult> AnswerAsync(IAnswerService answers, AnswerRequest request) =>
        answers.AnswerAsync(request).WaitAsync(Timeout);

    private static async Task ReadIntoAsync(IAsyncEnumerable<AnswerUpdate> stream, List<AnswerUpdate> updates)
    {
        await foreach (var update in stream)
        {
            updates.Add(update);
        }
    }
}
