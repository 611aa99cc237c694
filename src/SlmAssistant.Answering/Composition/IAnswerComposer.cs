namespace SlmAssistant.Answering.Composition;

/// <summary>
/// Writes the answer from the retrieved evidence: extractively, or with the local model. The text deltas it streams
/// concatenate to the draft's text.
/// </summary>
public interface IAnswerComposer
{
    /// <summary>What produces the text, one of <see cref="Abstractions.Answers.AnswerModes"/>.</summary>
    string Mode { get; }

    IAsyncEnumerable<DraftUpdate> ComposeAsync(AnswerContext context, CancellationToken cancellationToken = default);
}
