using System.Diagnostics;
using System.Text.RegularExpressions;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Tracing;

namespace SlmAssistant.Cli.Evaluation;

/// <summary>
/// Answers the answerable questions (checking each states its expected fact), the unanswerable ones (which must be
/// answered "I don't know" or escalated) and the two-turn follow-ups, one at a time, as the assistant would.
/// </summary>
public static partial class AnswerQuestionEvaluator
{
    public const string Answerable = "answerable";
    public const string Unanswerable = "unanswerable";
    public const string FollowUp = "follow-up";

    /// <param name="withDomain">Ask within each question's domain, as the widget of a domain's page does.</param>
    public static async Task<AnswerQuestionReport> EvaluateAsync(
        IAnswerService answers, IReadOnlyList<EvalQuestion> questions, bool withDomain, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(questions);
        var outcomes = new List<AnswerOutcome>();
        var cpu = new List<double>();
        var misses = new List<string>();
        foreach (var question in questions)
        {
            var kind = KindOf(question);
            if (kind is null)
            {
                continue;
            }

            var domain = withDomain ? question.Domain : null;
            var request = kind == FollowUp ? await FollowUpRequestAsync(answers, question, domain, cancellationToken) : new AnswerRequest(question.Question!, domain);
            using var trace = AnswerTrace.Begin();
            var started = Process.GetCurrentProcess().TotalProcessorTime;
            var result = await answers.AnswerAsync(request, cancellationToken);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - started).TotalMilliseconds);
            var outcome = Outcome(question, kind, result, trace.Composition);
            outcomes.Add(outcome);
            if (outcome.StatesFact == false)
            {
                misses.Add($"{question.Id}: expected \"{question.Expected}\"");
            }
        }

        var answerable = outcomes.Where(o => o.Kind == Answerable).ToList();
        var unanswerable = outcomes.Where(o => o.Kind == Unanswerable).ToList();
        var followUps = outcomes.Where(o => o.Kind == FollowUp).ToList();
        var answered = answerable.Where(o => o.Found).ToList();
        return new AnswerQuestionReport(
            answerable.Count,
            Share(answerable, o => o.StatesFact == true),
            Share(answerable, o => !o.Found),
            Share(answerable, o => o.Found),
            Share(answered, o => o.StatesFact == true),
            answerable.GroupBy(o => o.Domain ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Share([.. g], o => o.StatesFact == true)),
            unanswerable.Count,
            Share(unanswerable, o => !o.Found || o.Route == Route.Cloud.ToWire()),
            followUps.Count,
            Share(followUps, o => o.StatesFact == true),
            Median(answered.Select(o => (double)o.Words)),
            Math.Round(Median(cpu), 2),
            AnswerabilityCurve.Compute(outcomes),
            misses,
            outcomes);
    }

    private static string? KindOf(EvalQuestion question) =>
        question.Turns is { Count: >= 2 } && question.Expected is not null ? FollowUp
        : question.Question is null ? null
        : question.Category == EvalQuestion.InScope && question.Expected is not null ? Answerable
        : question.Category == Unanswerable ? Unanswerable
        : null;

    // The earlier turns are asked first, so the follow-up carries the conversation a customer would have had.
    private static async Task<AnswerRequest> FollowUpRequestAsync(IAnswerService answers, EvalQuestion question, string? domain, CancellationToken cancellationToken)
    {
        var history = new List<ConversationTurn>();
        foreach (var turn in question.Turns!.Take(question.Turns!.Count - 1))
        {
            var earlier = await answers.AnswerAsync(new AnswerRequest(turn, domain) { History = [.. history] }, cancellationToken);
            history.Add(new ConversationTurn(ConversationTurn.User, turn));
            history.Add(new ConversationTurn(ConversationTurn.Assistant, earlier.Answer));
        }

        return new AnswerRequest(question.Turns![^1], domain) { History = history };
    }

    private static AnswerOutcome Outcome(EvalQuestion question, string kind, AnswerResult result, Answering.Extractive.ExtractiveAnswer? composition)
    {
        var expected = question.Expected;
        var lead = composition?.Lead;
        return new AnswerOutcome(
            question.Id,
            kind,
            question.Domain,
            result.Found,
            result.Route.ToWire(),
            expected is null ? null : result.Found && TextMatch.Contains(result.Answer, expected),
            expected is null || composition?.Withheld is not { } withheld ? null : TextMatch.Contains(withheld, expected),
            result.Found ? Words(result.Answer) : 0,
            composition?.Intent?.Slot.ToString(),
            lead is null ? null : Math.Round(lead.Similarity, 4),
            lead is null ? null : Math.Round(lead.Coverage, 4),
            lead?.HoldsSlot,
            composition?.Unknown.Count ?? 0,
            composition?.OutOfVocabulary.Count > 0 ? composition.OutOfVocabulary.Min(w => w.InAnswer) : null,
            composition?.OutOfVocabulary.Select(w => $"{w.Word}~{w.Neighbour} {w.Similarity:F3} in answer {w.InAnswer:F3}").ToList() ?? [],
            composition?.Reason,
            result.Answer,
            composition?.Ranked.Select(c => new CandidateOutcome(
                c.HitRank,
                Math.Round(c.Similarity, 4),
                Math.Round(c.Coverage, 4),
                c.HoldsSlot,
                c.Sentence.Traits.ToString(),
                expected is null ? null : TextMatch.Contains(c.Text, expected),
                c.Text)).ToList() ?? []);
    }

    // Words of the answer itself: citation markers and the domain's disclaimer (after a blank line) are not counted.
    private static int Words(string answer)
    {
        var body = answer.Split("\n\n")[0];
        return Marker().Replace(body, string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
    }

    private static double Share(List<AnswerOutcome> items, Func<AnswerOutcome, bool> predicate) =>
        items.Count == 0 ? 0 : Math.Round(items.Count(predicate) / (double)items.Count, 4);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Marker();
}
