using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Tracing;

namespace SlmAssistant.Admin.Features.Playground;

/// <summary>
/// Asks as a user would, and keeps everything the answer path saw. Search and answer are optional services: a console
/// without an answer service still shows retrieval.
/// </summary>
public sealed class PlaygroundService(IServiceProvider services)
{
    public const int DefaultTop = 5;
    public const int MaxTop = 20;
    public const int MaxQuestionLength = 2000;

    public async Task<PlaygroundResult> AskAsync(PlaygroundRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var question = request.Question?.Trim() ?? string.Empty;
        var domain = string.IsNullOrWhiteSpace(request.Domain) ? null : request.Domain.Trim();
        var top = Math.Clamp(request.Top ?? DefaultTop, 1, MaxTop);
        var total = Stopwatch.StartNew();

        var search = services.GetService<IKnowledgeSearch>();
        var started = Stopwatch.GetTimestamp();
        var hits = search is null
            ? []
            : await search.SearchAsync(new SearchRequest(question, top, domain is null ? null : new SearchFilter(domain)), cancellationToken);
        var searchMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var answers = services.GetService<IAnswerService>();
        AnswerResult? answer = null;
        string? error = answers is null ? "No answer service is configured: only retrieval is shown." : null;
        IReadOnlyList<PlaygroundPromptStep> steps = [];
        string? retrievalQuery = null;
        started = Stopwatch.GetTimestamp();
        if (answers is not null)
        {
            try
            {
                // The trace follows the async flow: the answer service's kernel filters record into it.
                using var trace = AnswerTrace.Begin();
                answer = await answers.AnswerAsync(new AnswerRequest(question, domain), cancellationToken);
                retrievalQuery = trace.RetrievalQuery;
                steps = trace.Steps.Select(ToStep).ToList();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error = $"The answer service failed: {e.Message}";
            }
        }

        var answerMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var views = hits.Select((h, i) => PlaygroundHit.From(h, i + 1)).ToList();
        var prompt = steps.Select(s => s.RenderedPrompt).FirstOrDefault(p => !string.IsNullOrEmpty(p));
        return new PlaygroundResult(
            question, domain, views, answer, prompt ?? SourcesBlock(views), prompt is null ? "sources" : "trace", retrievalQuery, steps,
            new PlaygroundTimings(Math.Round(searchMs, 1), Math.Round(answerMs, 1), Math.Round(total.Elapsed.TotalMilliseconds, 1)), error);
    }

    private static PlaygroundPromptStep ToStep(AnswerTraceStep step) =>
        new(step.Function, step.RenderedPrompt, Ms(step.RenderDuration), Ms(step.TimeToFirstToken), Ms(step.Duration));

    private static double? Ms(TimeSpan? time) => time is TimeSpan t ? Math.Round(t.TotalMilliseconds, 1) : null;

    /// <summary>The retrieved chunks numbered as a grounded prompt cites them.</summary>
    private static string SourcesBlock(IReadOnlyList<PlaygroundHit> hits)
    {
        var builder = new StringBuilder();
        foreach (var hit in hits)
        {
            var where = hit.Section is null ? hit.Title : $"{hit.Title} > {hit.Section}";
            var page = hit.Page is int n ? string.Create(CultureInfo.InvariantCulture, $", page {n}") : string.Empty;
            builder.Append(CultureInfo.InvariantCulture, $"[{hit.Rank}] {where} ({hit.Source}{page})\n{hit.Text}\n\n");
        }

        return builder.Length == 0 ? "(no sources were retrieved)" : builder.ToString().TrimEnd();
    }
}
