using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Ledger;
using SlmAssistant.Routing.Cloud;

namespace SlmAssistant.Routing.Ledger;

/// <summary>
/// Prices a turn. Cloud turns cost their tokens × Escalation:InputPricePerMillion/OutputPricePerMillion; everything
/// answered locally costs 0. The all-cloud figure prices the same turn at Escalation:CloudReferencePrices, using the
/// model's reported usage when there is one, and otherwise the usual rough rule for English text of one token per
/// four characters: question (plus Ledger:EstimatedPromptOverheadTokens) in, answer out.
/// </summary>
public sealed class CostEstimator(IOptions<EscalationOptions> escalation, IOptions<LedgerOptions> ledger)
{
    private const int CharactersPerToken = 4;

    public static int EstimateTokens(string text) => (text.Length + CharactersPerToken - 1) / CharactersPerToken;

    public static decimal Price(TokenUsage usage, decimal inputPerMillion, decimal outputPerMillion) =>
        ((usage.InputTokens * inputPerMillion) + (usage.OutputTokens * outputPerMillion)) / 1_000_000m;

    public (TokenUsage Usage, bool Estimated, decimal Cost, decimal AllCloudCost) Estimate(LedgerTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var estimated = turn.Usage is null;
        var usage = turn.Usage ?? new TokenUsage(
            EstimateTokens(turn.Question) + ledger.Value.EstimatedPromptOverheadTokens,
            EstimateTokens(turn.Answer));
        var prices = escalation.Value;
        var cost = turn.Mode == AnswerMode.Cloud ? Price(usage, prices.InputPricePerMillion, prices.OutputPricePerMillion) : 0m;
        var reference = prices.CloudReferencePrices;
        return (usage, estimated, cost, Price(usage, reference.InputPricePerMillion, reference.OutputPricePerMillion));
    }
}
