namespace SlmAssistant.Abstractions.Answers;

public interface IAnswerService
{
    Task<AnswerResult> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken = default);
}
