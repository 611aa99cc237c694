namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// Names in the bot's tables (<see cref="ConversationSchema"/>) that the history's SQL composes. Times are ISO-8601 UTC
/// text ("O" format), so their first ten characters are the UTC day.
/// </summary>
internal static class ConversationTables
{
    public const string Conversations = "bot_conversations";
    public const string Activities = "bot_activities";
    public const string Answers = "bot_answers";
    public const string Feedback = "bot_feedback";

    /// <summary>bot_activities.direction of what the user sent.</summary>
    public const string Incoming = nameof(ActivityDirection.Incoming);

    /// <summary>
    /// The feedback rows about answer <c>a</c>. The bot resolves every rating (Web Chat's answer id, Teams' replyToId)
    /// to the answer id it judges, and leaves it null when the rated message was not one of its answers.
    /// </summary>
    public const string FeedbackOnAnswer = "f.conversation_id = a.conversation_id AND f.answer_id = a.answer_id";
}
