using SlmAssistant.Abstractions.Answers;

namespace SlmAssistant.Abstractions.Ledger;

/// <summary>One answered turn, as the orchestration hands it to the ledger.</summary>
/// <param name="Route">One of <see cref="Routes"/>.</param>
/// <param name="Mode">One of <see cref="AnswerModes"/>; only <see cref="AnswerModes.Cloud"/> costs money.</param>
/// <param name="Usage">Tokens the model reported; null estimates them from the text (characters / 4).</param>
public sealed record LedgerTurn(
    string Question,
    string Answer,
    string Route,
    string Mode,
    string? Domain,
    TokenUsage? Usage,
    TimeSpan Latency);
