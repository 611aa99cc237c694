namespace SlmAssistant.Bot.Conversations;

/// <summary>What a purge deleted.</summary>
/// <param name="Conversations">Conversations left with nothing, deleted entirely.</param>
/// <param name="Questions">Question texts kept outside the conversations (the answer ledger's) cleared; their counts stay.</param>
public sealed record PurgeResult(int Conversations, int Activities, int Answers, int Feedback, int Handoffs, int Originals, int Questions = 0)
{
    public int Total => Conversations + Activities + Answers + Feedback + Handoffs + Originals + Questions;
}
