using SlmAssistant.Answering.Composition;

namespace SlmAssistant.Answering.FollowUps;

/// <summary>No suggestions (<c>Answering:FollowUps = None</c>).</summary>
public sealed class NoFollowUps : IFollowUpSuggester
{
    public Task<FollowUpSuggestions> SuggestAsync(AnswerContext context, AnswerDraft draft, CancellationToken cancellationToken = default) =>
        Task.FromResult(FollowUpSuggestions.None);
}
