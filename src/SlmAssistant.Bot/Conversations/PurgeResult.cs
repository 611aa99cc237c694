namespace SlmAssistant.Bot.Conversations;

/// <summary>What a purge deleted.</summary>
/// <param name="Conversations">Conversations left with nothing, deleted entirely.</param>
public sealed record PurgeResult(int Conversations, int Activities, int Answers, int Feedback, int Handoffs, int Originals)
{
    public int Total => Conversations + Activities + Answers + Feedback + Handoffs + Originals;
}
