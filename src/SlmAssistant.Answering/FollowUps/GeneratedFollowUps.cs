using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Composition;
using SlmAssistant.Answering.Grounded;
using SlmAssistant.Answering.Plugins;

namespace SlmAssistant.Answering.FollowUps;

/// <summary>
/// Asks the local model for follow-up questions with the Answer.FollowUps prompt, whose config.json carries a JSON
/// schema (at most three bounded strings) that the model is constrained to. Any failure means no suggestions, never
/// a failed answer; an answer that was not found gets the domain's starter questions instead.
/// </summary>
public sealed partial class GeneratedFollowUps(
    Kernel kernel,
    DomainAdapters adapters,
    GroundedPromptFitter fitter,
    IOptions<AnsweringOptions> options,
    ILogger<GeneratedFollowUps> logger) : IFollowUpSuggester
{
    public async Task<FollowUpSuggestions> SuggestAsync(AnswerContext context, AnswerDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.Found)
        {
            return StarterFollowUps.For(context);
        }

        try
        {
            var function = AnswerPlugin.FollowUps(kernel);
            var settings = LocalExecutionSettings.For(function, adapters.For(context.Domain));
            var answer = Marker().Replace(draft.Text, string.Empty);
            var (sources, _, _) = fitter.Fit(
                AnswerPlugin.FollowUpsFunction,
                [context.Profile.Organization, context.Request.Question.Trim(), answer],
                [.. context.Hits.Take(options.Value.MaxSources)],
                [],
                LocalExecutionSettings.ReplyTokens(settings));
            var arguments = new KernelArguments(settings)
            {
                ["organization"] = context.Profile.Organization,
                ["sources"] = NumberedSources.Format(sources),
                ["question"] = context.Request.Question.Trim(),
                ["answer"] = answer,
            };
            var response = await function.InvokeStreamingAsync<ChatResponseUpdate>(kernel, arguments, cancellationToken)
                .ToChatResponseAsync(cancellationToken);
            var usage = response.Usage is { } details
                ? new TokenUsage((int)(details.InputTokenCount ?? 0), (int)(details.OutputTokenCount ?? 0))
                : null;
            return new FollowUpSuggestions(FollowUpQuestions.Parse(response.Text, context.Request.Question), usage);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "No follow-up questions: {Reason}", e.Message);
            return FollowUpSuggestions.None;
        }
    }

    [GeneratedRegex(@"\s*\[\d+\]")]
    private static partial Regex Marker();
}
