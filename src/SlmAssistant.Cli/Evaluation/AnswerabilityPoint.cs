namespace SlmAssistant.Cli.Evaluation;

/// <summary>One point of <see cref="AnswerabilityCurve"/>: what a similarity floor would answer and abstain.</summary>
/// <param name="Answered">Share of answerable questions given an answer.</param>
/// <param name="FactAccuracy">Share of answerable questions whose answer states the expected fact.</param>
/// <param name="PrecisionWhenAnswered">Of those answered, the share stating the fact.</param>
/// <param name="UnanswerableAbstained">Share of unanswerable questions not answered.</param>
public sealed record AnswerabilityPoint(double MinSimilarity, double Answered, double FactAccuracy, double PrecisionWhenAnswered, double UnanswerableAbstained);
