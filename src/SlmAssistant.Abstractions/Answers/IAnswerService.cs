namespace SlmAssistant.Abstractions.Answers;

public interface IAnswerService
{
    Task<AnswerResult> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default);

    /// <summary>The same answer, streamed: deltas while the model writes, then the final result.</summary>
    IAsyncEnumerable<AnswerUpdate> StreamAnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default);
}
