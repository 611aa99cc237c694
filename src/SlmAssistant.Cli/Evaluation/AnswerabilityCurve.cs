namespace SlmAssistant.Cli.Evaluation;

/// <summary>
/// The precision / coverage curve of the answerer's similarity floor (<c>Answering:Extractive:MinSimilarity</c>), read
/// from one evaluation run: at each floor, an answer is given when its lead sentence is at least that close, whether
/// the run gave it or withheld it only for being too far (its withheld text says whether it would have stated the
/// fact). Answers withheld for another reason (a word the documents never use, no fact of the kind asked) stay
/// withheld, and turns routed away stay unanswered, so the curve moves one knob with the others as configured.
/// </summary>
public static class AnswerabilityCurve
{
    private const string TooFar = "closest sentence too far";

    /// <summary>The floors the curve is drawn at: 0.50 to 0.80 by 0.02.</summary>
    public static IReadOnlyList<double> Floors { get; } = [.. Enumerable.Range(0, 16).Select(i => Math.Round(0.50 + (i * 0.02), 2))];

    public static IReadOnlyList<AnswerabilityPoint> Compute(IReadOnlyList<AnswerOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var answerable = outcomes.Where(o => o.Kind == AnswerQuestionEvaluator.Answerable).ToList();
        var unanswerable = outcomes.Where(o => o.Kind == AnswerQuestionEvaluator.Unanswerable).ToList();
        return [.. Floors.Select(floor =>
        {
            var answered = answerable.Where(o => AnswersAt(o, floor)).ToList();
            var right = answered.Count(o => (o.Found ? o.StatesFact : o.WithheldStatesFact) == true);
            return new AnswerabilityPoint(
                floor,
                Share(answered.Count, answerable.Count),
                Share(right, answerable.Count),
                Share(right, answered.Count),
                Share(unanswerable.Count(o => !AnswersAt(o, floor)), unanswerable.Count));
        })];
    }

    private static bool AnswersAt(AnswerOutcome outcome, double floor) =>
        outcome.LeadSimilarity is { } similarity && similarity >= floor
        && (outcome.Found || (outcome.Reason?.StartsWith(TooFar, StringComparison.Ordinal) ?? false));

    private static double Share(int part, int whole) => whole == 0 ? 0 : Math.Round(part / (double)whole, 4);
}
