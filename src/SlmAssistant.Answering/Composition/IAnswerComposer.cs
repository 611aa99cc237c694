namespace SlmAssistant.Answering.Composition;

/// <summary>
/// Writes the answer from the retrieved evidence: extractively, or with the local model. The text deltas it streams
/// concatenate to the draft's text.
/// </summary>
public interface IAnswerComposer
{
    /// <summary>What produces the text.</summary>
    Abstractions.Answers.AnswerMode Mode { get; }

    IAsyncEnumerable<DraftUpdate> ComposeAsync(AnswerContext context, CancellationToken cancellationToken = default);
}
