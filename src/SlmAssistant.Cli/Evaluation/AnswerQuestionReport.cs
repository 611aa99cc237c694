namespace SlmAssistant.Cli.Evaluation;

/// <param name="FactAccuracy">Share of in-scope answers that state the expected fact.</param>
/// <param name="NotFoundRate">Share of in-scope questions answered "I don't know".</param>
public sealed record AnswerQuestionReport(int Questions, double FactAccuracy, double NotFoundRate, IReadOnlyList<string> Misses);
