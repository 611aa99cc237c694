namespace SlmAssistant.Bot.Turns;

/// <summary>A user's verdict on one answer, as parsed from a channel's feedback activity.</summary>
/// <param name="AnswerId">Our answer id (Web Chat's feedback carries it).</param>
/// <param name="ActivityId">The answer message's id (Teams' feedback invoke replies to it).</param>
public sealed record Feedback(string Reaction, string? Comment, string? AnswerId, string? ActivityId)
{
    public const string Like = "like";
    public const string Dislike = "dislike";
}
