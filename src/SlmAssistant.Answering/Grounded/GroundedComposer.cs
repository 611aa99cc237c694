using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Composition;
using SlmAssistant.Answering.Plugins;
using SlmAssistant.Answering.Tracing;

namespace SlmAssistant.Answering.Grounded;

/// <summary>
/// Composes with the local model: streams the Answer.Grounded prompt function through the kernel (service
/// "local", the domain's adapter), keeps the NOT_FOUND sentinel from the reader, and renumbers the citations.
/// The sources and earlier turns are first fitted to the model's context (<see cref="GroundedPromptFitter"/>).
/// </summary>
public sealed class GroundedComposer(
    Kernel kernel,
    DomainAdapters adapters,
    GroundedPromptFitter fitter,
    IOptions<AnsweringOptions> options,
    ILogger<GroundedComposer> logger) : IAnswerComposer
{
    public AnswerMode Mode => AnswerMode.Slm;

    public async IAsyncEnumerable<DraftUpdate> ComposeAsync(AnswerContext context, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var function = AnswerPlugin.Grounded(kernel);
        var adapter = adapters.For(context.Domain);
        var settings = LocalExecutionSettings.For(function, adapter);
        var (sources, history, fit) = fitter.Fit(
            AnswerPlugin.GroundedFunction,
            [context.Profile.Organization, context.Request.Question.Trim()],
            [.. context.Hits.Take(options.Value.MaxSources)],
            GroundedPrompt.Turns(context.Request.History, options.Value.HistoryTurns),
            LocalExecutionSettings.ReplyTokens(settings));
        if (fit is not null && AnswerTrace.Current is { } trace)
        {
            trace.PromptFit = fit;
        }

        var arguments = GroundedPrompt.Arguments(context, sources, history, settings);
        var sentinel = new SentinelGuard();
        var citations = new CitationRewriter([.. sources.Select(hit => hit.Citation)]);
        TokenUsage? usage = null;

        await foreach (var update in function.InvokeStreamingAsync<ChatResponseUpdate>(kernel, arguments, cancellationToken))
        {
            usage = UsageOf(update) ?? usage;
            var text = sentinel.Append(update.Text);
            if (sentinel.Found)
            {
                // Leaving the loop stops the generation: nothing the model adds after the sentinel is used.
                break;
            }

            text = citations.Append(text);
            if (text.Length > 0)
            {
                yield return new DraftUpdate(text);
            }
        }

        if (!sentinel.Found)
        {
            var rest = citations.Append(sentinel.Flush()) + citations.Flush();
            if (rest.Length > 0)
            {
                yield return new DraftUpdate(rest);
            }
        }

        var found = !sentinel.Found && citations.Text.Length > 0;
        logger.LogInformation(
            "Local model answered in domain {Domain} with adapter {Adapter}: found {Found}, {Cited} of {Sources} sources cited",
            context.Domain,
            adapter ?? "(none)",
            found,
            citations.Cited.Count,
            sources.Count);
        yield return new DraftUpdate(null, new AnswerDraft(citations.Text, found ? [.. citations.Cited] : [], found, usage));
    }

    private static TokenUsage? UsageOf(ChatResponseUpdate update) =>
        update.Contents.OfType<UsageContent>().FirstOrDefault()?.Details is { } details
            ? new TokenUsage((int)(details.InputTokenCount ?? 0), (int)(details.OutputTokenCount ?? 0))
            : null;
}
