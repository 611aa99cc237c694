using Microsoft.SemanticKernel;
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
        return new KernelArguments(settings)
        {
            ["organization"] = context.Profile.Organization,
            ["sources"] = NumberedSources.Format(sources),
            ["history"] = ConversationHistory.Format(context.Request.History, historyTurns),
            ["question"] = context.Request.Question.Trim(),
        };
    }
}
