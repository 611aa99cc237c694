using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Conversation;
using SlmAssistant.Answering.Extractive;
using SlmAssistant.Answering.Plugins;

namespace SlmAssistant.Answering.Grounded;

/// <summary>
/// Fits a prompt over numbered sources (Answer.Grounded, Answer.FollowUps) to the local model's context: earlier conversation messages go first (oldest
/// first), then sources by rank (lowest first), and the last kept source may be cut at a sentence boundary. Counts
/// with the model's tokenizer through <see cref="ILocalPromptBudget"/>; without one (no local model) nothing is fitted.
/// </summary>
/// <remarks>
/// The prompt is estimated as the raw template plus each argument counted on its own: the template's
/// <c>{{$name}}</c> and message tags cost more tokens than the chat template's role markers, and pieces counted apart
/// never merge across their borders, so the estimate errs high; <see cref="Margin"/> covers the rest.
/// </remarks>
public sealed class GroundedPromptFitter
{
    /// <summary>Tokens kept free beside the estimate, for the chat template's markers.</summary>
    public const int Margin = 16;

    private readonly ILocalPromptBudget? _budget;
    private readonly ILogger<GroundedPromptFitter> _logger;
    private readonly string _directory;
    private readonly ConcurrentDictionary<string, string> _templates = new(StringComparer.Ordinal);

    public GroundedPromptFitter(IOptions<AnsweringOptions> options, ILogger<GroundedPromptFitter> logger, ILocalPromptBudget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _budget = budget;
        _logger = logger;
        _directory = options.Value.PluginsDirectory;
    }

    public bool IsEnabled => _budget is not null;

    /// <summary>The sources and earlier turns that fit, and how they were fitted (null when nothing is fitted).</summary>
    /// <param name="function">The Answer plugin's function whose skprompt.txt holds the template.</param>
    /// <param name="text">The other arguments (organization, question, …), counted as they are.</param>
    public (IReadOnlyList<SearchHit> Sources, IReadOnlyList<ConversationTurn> History, PromptFit? Fit) Fit(
        string function, IReadOnlyList<string> text, IReadOnlyList<SearchHit> sources, IReadOnlyList<ConversationTurn> history, int? replyTokens)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(history);
        if (_budget is null)
        {
            return (sources, history, null);
        }

        var budget = _budget.PromptTokens(replyTokens) - Margin;
        var template = _templates.GetOrAdd(function, name => File.ReadAllText(Path.Combine(_directory, AnswerPlugin.Name, name, "skprompt.txt")));
        var fixedTokens = _budget.CountTokens(template) + text.Sum(_budget.CountTokens);
        var kept = sources.ToList();
        var turns = history.ToList();
        var before = Estimate(fixedTokens, kept, turns);
        var total = before;
        while (total > budget && turns.Count > 0)
        {
            turns.RemoveAt(0);
            total = Estimate(fixedTokens, kept, turns);
        }

        var dropped = new List<string>();
        string? truncated = null;
        if (total > budget)
        {
            (kept, truncated) = FitSources(budget - (fixedTokens + HistoryTokens(turns)), kept);
            dropped.AddRange(sources.Skip(kept.Count).Select((hit, i) => $"[{kept.Count + i + 1}] {NumberedSources.Label(hit.Citation)}"));
            total = Estimate(fixedTokens, kept, turns);
        }

        var fit = new PromptFit(budget, before, total, history.Count - turns.Count, dropped, truncated);
        if (fit.DroppedAnything)
        {
            _logger.LogInformation("Prompt {Function} fitted to the local model's context: {Fit}", function, fit.Summary);
        }
        else
        {
            _logger.LogDebug("Prompt {Function} {Fit}", function, fit.Summary);
        }

        return (kept, turns, fit);
    }

    /// <summary>Keeps sources by rank while they fit whole, then the first that does not, cut to its sentences that fit.</summary>
    private (List<SearchHit> Kept, string? Truncated) FitSources(int room, List<SearchHit> ranked)
    {
        var kept = new List<SearchHit>();
        foreach (var hit in ranked)
        {
            if (SourceTokens([.. kept, hit]) <= room)
            {
                kept.Add(hit);
                continue;
            }

            var sentences = SentenceSplitter.Split(hit.Chunk.Text);
            SearchHit? cut = null;
            for (var count = sentences.Count - 1; count > 0 && cut is null; count--)
            {
                var candidate = hit with { Chunk = hit.Chunk with { Text = string.Join(' ', sentences.Take(count)) } };
                if (SourceTokens([.. kept, candidate]) <= room)
                {
                    cut = candidate;
                }
            }

            if (cut is not null)
            {
                kept.Add(cut);
                return (kept, $"[{kept.Count}] {NumberedSources.Label(hit.Citation)}");
            }

            break;
        }

        return (kept, null);
    }

    private int Estimate(int fixedTokens, List<SearchHit> sources, List<ConversationTurn> turns) =>
        fixedTokens + SourceTokens(sources) + HistoryTokens(turns);

    private int SourceTokens(List<SearchHit> sources) => sources.Count == 0 ? 0 : _budget!.CountTokens(NumberedSources.Format(sources));

    private int HistoryTokens(List<ConversationTurn> turns) =>
        turns.Count == 0 ? 0 : _budget!.CountTokens(ConversationHistory.Format(turns, turns.Count));
}
