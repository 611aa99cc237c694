using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;

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

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

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
        started = Stopwatch.GetTimestamp();
        if (answers is not null)
        {
            try
            {
                answer = await answers.AnswerAsync(new AnswerRequest(question, domain), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error = $"The answer service failed: {e.Message}";
            }
        }

        var answerMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var views = hits.Select((h, i) => PlaygroundHit.From(h, i + 1)).ToList();
        var trace = TraceOf(answer);
        var prompt = trace is JsonElement t && PromptIn(t) is string p ? p : null;
        return new PlaygroundResult(
            question, domain, views, answer, prompt ?? SourcesBlock(views), prompt is null ? "sources" : "trace", trace,
            new PlaygroundTimings(Math.Round(searchMs, 1), Math.Round(answerMs, 1), Math.Round(total.Elapsed.TotalMilliseconds, 1)), error);
    }

    /// <summary>The answer's "trace" member, when the answer service adds one (read through JSON so no type is assumed).</summary>
    private static JsonElement? TraceOf(AnswerResult? answer)
    {
        if (answer is null)
        {
            return null;
        }

        var json = JsonSerializer.SerializeToElement(answer, answer.GetType(), Web);
        return json.TryGetProperty("trace", out var trace) && trace.ValueKind == JsonValueKind.Object ? trace.Clone() : null;
    }

    private static string? PromptIn(JsonElement trace)
    {
        foreach (var property in trace.EnumerateObject())
        {
            if (property.Name.Contains("prompt", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }

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
