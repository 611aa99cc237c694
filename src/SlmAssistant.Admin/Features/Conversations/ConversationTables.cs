namespace SlmAssistant.Admin.Features.Conversations;

/// <summary>
/// The bot's tables in knowledge.db, read by name: their schema is private to SlmAssistant.Bot
/// (src/SlmAssistant.Bot/Conversations/ConversationDatabase.cs), and referencing the bot would pull its channel auth
/// and Web Chat bundle into the console just for four strings. The admin tests write through the bot's own
/// SqliteConversationStore, so a change to that schema fails them.
/// bot_conversations(id, channel_id, domain, user_id, started, created_at);
/// bot_activities(conversation_id, watermark, id, direction 'Incoming'|'Outgoing', type, text, reply_to_id, json, created_at);
/// bot_answers(answer_id, conversation_id, activity_id, question, answer, route, mode, domain, confidence, found, citations, created_at);
/// bot_feedback(id, conversation_id, answer_id, activity_id, reaction 'like'|'dislike', comment, created_at).
/// Times are ISO-8601 UTC text ("O" format), so their first ten characters are the UTC day.
/// </summary>
public static class ConversationTables
{
    public const string Conversations = "bot_conversations";
    public const string Activities = "bot_activities";
    public const string Answers = "bot_answers";
    public const string Feedback = "bot_feedback";

    /// <summary>bot_activities.direction of what the user sent.</summary>
    public const string Incoming = "Incoming";

    /// <summary>
    /// The feedback rows about answer <c>a</c>. The bot resolves every rating (Web Chat's answer id, Teams' replyToId)
    /// to the answer id it judges, and leaves it null when the rated message was not one of its answers.
    /// </summary>
    public const string FeedbackOnAnswer = "f.conversation_id = a.conversation_id AND f.answer_id = a.answer_id";
}
