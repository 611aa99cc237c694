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
        return Arguments(context.Profile.Organization, sources, history, context.Request.Question, settings);
    }

    /// <summary>The same arguments outside an answer (a fine-tuning example is rendered exactly as the model is asked).</summary>
    public static KernelArguments Arguments(
        string organization, IReadOnlyList<SearchHit> sources, IReadOnlyList<ConversationTurn> history, string question, PromptExecutionSettings? settings)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(question);
        var arguments = settings is null ? new KernelArguments() : new KernelArguments(settings);
        arguments["organization"] = organization;
        arguments["sources"] = NumberedSources.Format(sources);
        arguments["history"] = ConversationHistory.Format(history, history.Count);
        arguments["question"] = question.Trim();
        return arguments;
    }

    /// <summary>The last <paramref name="maxTurns"/> messages with text, oldest first.</summary>
    public static IReadOnlyList<ConversationTurn> Turns(IReadOnlyList<ConversationTurn> history, int maxTurns)
    {
        ArgumentNullException.ThrowIfNull(history);
        return [.. history.Where(turn => !string.IsNullOrWhiteSpace(turn.Text)).TakeLast(maxTurns)];
    }
}
