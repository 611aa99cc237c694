using SlmAssistant.Answering.Composition;

namespace SlmAssistant.Answering.FollowUps;

/// <summary>Suggests up to <see cref="FollowUpQuestions.Max"/> questions to ask next; never fails an answer.</summary>
public interface IFollowUpSuggester
{
    Task<FollowUpSuggestions> SuggestAsync(AnswerContext context, AnswerDraft draft, CancellationToken cancellationToken = default);
}
