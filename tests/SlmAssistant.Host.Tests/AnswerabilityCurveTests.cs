using SlmAssistant.Cli.Evaluation;

namespace SlmAssistant.Host.Tests;

public sealed class AnswerabilityCurveTests
{
    [Fact]
    public void AFloorAnswersWhatItsLeadIsCloseEnoughForAndAbstainsTheRest()
    {
        AnswerOutcome[] outcomes =
        [
            Outcome("a1", AnswerQuestionEvaluator.Answerable, found: true, lead: 0.70, statesFact: true),
            Outcome("a2", AnswerQuestionEvaluator.Answerable, found: true, lead: 0.62, statesFact: false),
            // Withheld for being too far at the run's floor: a lower floor would have answered it, rightly.
            Outcome("a3", AnswerQuestionEvaluator.Answerable, found: false, lead: 0.55, withheldStatesFact: true, reason: "closest sentence too far (0.55)"),
            // Withheld for another reason: no floor answers it.
            Outcome("a4", AnswerQuestionEvaluator.Answerable, found: false, lead: 0.75, withheldStatesFact: true, reason: "the documents never mention guns"),
            Outcome("u1", AnswerQuestionEvaluator.Unanswerable, found: true, lead: 0.66),
            Outcome("u2", AnswerQuestionEvaluator.Unanswerable, found: false, lead: 0.52, reason: "closest sentence too far (0.52)"),
        ];

        var curve = AnswerabilityCurve.Compute(outcomes).ToDictionary(p => p.MinSimilarity);

        Assert.Equal(new AnswerabilityPoint(0.50, 0.75, 0.5, 0.6667, 0), curve[0.50]);
        Assert.Equal(new AnswerabilityPoint(0.60, 0.5, 0.25, 0.5, 0.5), curve[0.60]);
        Assert.Equal(new AnswerabilityPoint(0.68, 0.25, 0.25, 1, 1), curve[0.68]);
        Assert.Equal(new AnswerabilityPoint(0.80, 0, 0, 0, 1), curve[0.80]);
    }

    private static AnswerOutcome Outcome(
        string id, string kind, bool found, double lead, bool? statesFact = null, bool? withheldStatesFact = null, string reason = "answered") =>
        new(id, kind, "return-policy", found, "local", found ? statesFact ?? false : kind == AnswerQuestionEvaluator.Answerable ? false : null,
            withheldStatesFact, 20, "None", lead, 0.8, true, 0, null, [], reason, "an answer", []);
}
