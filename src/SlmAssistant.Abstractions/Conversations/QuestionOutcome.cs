namespace SlmAssistant.Abstractions.Conversations;

/// <summary>Which of the bot's answers a staff member wants to fix.</summary>
public enum QuestionOutcome
{
    /// <summary>The bot said it did not know.</summary>
    Unanswered,

    /// <summary>The customer disliked the answer.</summary>
    Disliked,
}
