using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Abstractions.Ledger;

/// <summary>One answered turn, as the orchestration hands it to the ledger.</summary>
/// <param name="Mode">Only <see cref="AnswerMode.Cloud"/> costs money.</param>
/// <param name="Usage">Tokens the model reported; null estimates them from the text (characters / 4).</param>
public sealed record LedgerTurn(
    string Question,
    string Answer,
    Route Route,
    AnswerMode Mode,
    string? Domain,
    TokenUsage? Usage,
    TimeSpan Latency);
