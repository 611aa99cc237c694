using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Abstractions.Ledger;

/// <summary>A recorded turn. Costs are US dollars.</summary>
/// <param name="TokensEstimated">True when <paramref name="Usage"/> is the characters / 4 estimate, not a model's count.</param>
/// <param name="Cost">What the turn cost: cloud tokens × Escalation prices; 0 for anything answered locally.</param>
/// <param name="AllCloudCost">What the same turn would have cost on the cloud reference prices.</param>
/// <param name="QuestionHash">HMAC-SHA256 (hex, keyed per deployment) of the trimmed, lower-cased question.</param>
/// <param name="Question">The question itself, only when Ledger:StoreQuestions is true.</param>
public sealed record LedgerEntry(
    long Id,
    DateTimeOffset Timestamp,
    Route Route,
    AnswerMode Mode,
    string? Domain,
    TokenUsage Usage,
    bool TokensEstimated,
    long LatencyMs,
    decimal Cost,
    decimal AllCloudCost,
    string QuestionHash,
    string? Question);
