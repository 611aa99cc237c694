using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Composition;

namespace SlmAssistant.Answering.FollowUps;

/// <summary>Suggests the domain's starter questions (plugins/Domains/*.json) other than the one asked.</summary>
public sealed class StarterFollowUps : IFollowUpSuggester
{
    public Task<FollowUpSuggestions> SuggestAsync(AnswerContext context, AnswerDraft draft, CancellationToken cancellationToken = default) =>
        Task.FromResult(For(context));

    public static FollowUpSuggestions For(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asked = context.Request.History.Where(t => t.Role == ConversationTurn.User).Select(t => t.Text).Append(context.Request.Question).ToList();
        return new FollowUpSuggestions(FollowUpQuestions.Select(context.Profile.StarterQuestions, asked));
    }
}
