namespace SlmAssistant.Admin.Features.Conversations;

/// <summary>
/// The bot's tables as this reader expects them (to be aligned with the bot's store at merge):
/// bot_conversations(id TEXT, channel TEXT, started_at TEXT, updated_at TEXT);
/// bot_messages(id INTEGER, conversation_id TEXT, at TEXT, role TEXT, text TEXT, route TEXT, mode TEXT, found INTEGER);
/// bot_feedback(id INTEGER, message_id INTEGER, at TEXT, rating TEXT 'like'|'dislike', comment TEXT).
/// </summary>
public static class ConversationTables
{
    public const string Conversations = "bot_conversations";
    public const string Messages = "bot_messages";
    public const string Feedback = "bot_feedback";
}
