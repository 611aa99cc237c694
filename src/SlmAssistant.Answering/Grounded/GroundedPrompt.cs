using Microsoft.SemanticKernel;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Composition;
using SlmAssistant.Answering.Conversation;

namespace SlmAssistant.Answering.Grounded;

/// <summary>The arguments of the Answer.Grounded prompt (plugins/Answer/Grounded).</summary>
public static class GroundedPrompt
{
    public static KernelArguments Arguments(AnswerContext context, IReadOnlyList<SearchHit> sources, int historyTurns, PromptExecutionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Arguments(context, sources, Turns(context.Request.History, historyTurns), settings);
    }

    /// <param name="history">The earlier messages to show, as chosen by <see cref="Turns"/> (and the fitter).</param>
    public static KernelArguments Arguments(AnswerContext context, IReadOnlyList<SearchHit> sources, IReadOnlyList<ConversationTurn> history, PromptExecutionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(history);
        return new KernelArguments(settings)
        {
            ["organization"] = context.Profile.Organization,
            ["sources"] = NumberedSources.Format(sources),
            ["history"] = ConversationHistory.Format(history, history.Count),
            ["question"] = context.Request.Question.Trim(),
        };
    }

    /// <summary>The last <paramref name="maxTurns"/> messages with text, oldest first.</summary>
    public static IReadOnlyList<ConversationTurn> Turns(IReadOnlyList<ConversationTurn> history, int maxTurns)
    {
        ArgumentNullException.ThrowIfNull(history);
        return [.. history.Where(turn => !string.IsNullOrWhiteSpace(turn.Text)).TakeLast(maxTurns)];
    }
}
