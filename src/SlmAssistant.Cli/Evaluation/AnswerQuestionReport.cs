namespace SlmAssistant.Cli.Evaluation;

/// <summary>How the answers fared, set by set.</summary>
/// <param name="Questions">Answerable questions (in scope with an expected fact).</param>
/// <param name="FactAccuracy">Share of answerable questions whose answer states the expected fact.</param>
/// <param name="NotFoundRate">Share of answerable questions answered "I don't know" (or sent away as out of scope).</param>
/// <param name="AnsweredRate">1 - <paramref name="NotFoundRate"/>: answerable questions that got an answer.</param>
/// <param name="PrecisionWhenAnswered">Of the answerable questions that got an answer, the share stating the fact.</param>
/// <param name="Unanswerable">In-domain questions the documents do not answer.</param>
/// <param name="UnanswerableAbstained">Share of those answered "I don't know" or escalated rather than answered.</param>
/// <param name="FollowUps">Two-turn cases; <paramref name="FollowUpAccuracy"/> is the share whose second answer states the fact.</param>
/// <param name="MedianWords">Median length of the answers given to answerable questions (markers and disclaimers aside).</param>
/// <param name="MedianCpuMs">Median CPU time of one answer (the whole process, answers run one at a time).</param>
/// <param name="Curve">The precision / coverage curve of the similarity floor (<see cref="AnswerabilityCurve"/>).</param>
public sealed record AnswerQuestionReport(
    int Questions,
    double FactAccuracy,
    double NotFoundRate,
    double AnsweredRate,
    double PrecisionWhenAnswered,
    IReadOnlyDictionary<string, double> FactAccuracyByDomain,
    int Unanswerable,
    double UnanswerableAbstained,
    int FollowUps,
    double FollowUpAccuracy,
    double MedianWords,
    double MedianCpuMs,
    IReadOnlyList<AnswerabilityPoint> Curve,
    IReadOnlyList<string> Misses,
    IReadOnlyList<AnswerOutcome> Outcomes);

/// <summary>One question's answer, with the composer's reading of it, for calibration sweeps.</summary>
public sealed record AnswerOutcome(
    string Id,
    string Kind,
    string? Domain,
    bool Found,
    string Route,
    bool? StatesFact,
    bool? WithheldStatesFact,
    int Words,
    string? Slot,
    double? LeadSimilarity,
    double? LeadCoverage,
    bool? LeadHoldsSlot,
    int UnknownWords,
    double? WeakestSynonym,
    IReadOnlyList<string> OutOfVocabulary,
    string? Reason,
    string Answer,
    IReadOnlyList<CandidateOutcome> Candidates);

/// <summary>A sentence the composer weighed, best first, and whether it states the expected fact (for calibration sweeps).</summary>
public sealed record CandidateOutcome(
    int HitRank,
    double Similarity,
    double Coverage,
    bool HoldsSlot,
    string Traits,
    bool? StatesFact,
    string Text);
