using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// The bot's tables in the embedded database, all prefixed "bot_": conversations, their activities (the transcript),
/// the answers they carried, feedback, handoffs and the Direct Line signing keys. Private to the bot: the console reads
/// them through <see cref="SqliteConversationHistory"/>.
/// </summary>
internal static class ConversationSchema
{
    private const string First = """
        CREATE TABLE IF NOT EXISTS bot_conversations (
            id TEXT PRIMARY KEY,
            channel_id TEXT NOT NULL,
            domain TEXT,
            user_id TEXT,
            started INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS bot_activities (
            conversation_id TEXT NOT NULL,
            watermark INTEGER NOT NULL,
            id TEXT NOT NULL,
            direction TEXT NOT NULL,
            type TEXT NOT NULL,
            text TEXT,
            reply_to_id TEXT,
            json TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (conversation_id, watermark)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS bot_answers (
            answer_id TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            activity_id TEXT,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            route TEXT NOT NULL,
            mode TEXT NOT NULL,
            domain TEXT,
            confidence REAL NOT NULL,
            found INTEGER NOT NULL,
            citations TEXT NOT NULL,
            created_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS bot_answers_by_activity ON bot_answers (conversation_id, activity_id);
        CREATE TABLE IF NOT EXISTS bot_feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            answer_id TEXT,
            activity_id TEXT,
            reaction TEXT NOT NULL,
            comment TEXT,
            created_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS bot_feedback_by_conversation ON bot_feedback (conversation_id);
        CREATE TABLE IF NOT EXISTS bot_handoffs (
            id TEXT PRIMARY KEY,
            conversation_id TEXT NOT NULL,
            answer_id TEXT,
            domain TEXT,
            state TEXT NOT NULL,
            summary TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS bot_handoffs_by_conversation ON bot_handoffs (conversation_id, created_at);
        CREATE TABLE IF NOT EXISTS bot_keys (
            name TEXT PRIMARY KEY,
            value BLOB NOT NULL);
        """;

    // Conversations are keyed by the endpoint that created them (ConversationOrigin) as well as their channel. Rows
    // from before: "directline" was, in the shipped setup, this host's Direct Line, "api" the JSON API; the rest
    // came through /api/messages.
    private const string Origin = """
        ALTER TABLE bot_conversations ADD COLUMN origin TEXT NOT NULL DEFAULT 'Messages';
        UPDATE bot_conversations SET origin = CASE channel_id WHEN 'directline' THEN 'DirectLine' WHEN 'api' THEN 'Api' ELSE 'Messages' END;
        """;

    // What is stored is redacted (TranscriptRedactor): the placeholder each value got in its conversation, found again
    // by a keyed digest of the value (never the value), and, when Conversations:KeepOriginals is on, the originals
    // encrypted with Data Protection until their own retention ends. Times are indexed for the retention job.
    private const string Redaction = """
        CREATE TABLE bot_pii_placeholders (
            conversation_id TEXT NOT NULL,
            digest TEXT NOT NULL,
            type TEXT NOT NULL,
            number INTEGER NOT NULL,
            placeholder TEXT NOT NULL,
            PRIMARY KEY (conversation_id, digest)) WITHOUT ROWID;
        CREATE TABLE bot_originals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            item TEXT NOT NULL,
            protected BLOB NOT NULL,
            created_at TEXT NOT NULL);
        CREATE INDEX bot_originals_by_conversation ON bot_originals (conversation_id);
        CREATE INDEX bot_originals_by_time ON bot_originals (created_at);
        CREATE INDEX bot_activities_by_time ON bot_activities (created_at);
        CREATE INDEX bot_answers_by_time ON bot_answers (created_at);
        CREATE INDEX bot_feedback_by_time ON bot_feedback (created_at);
        """;

    /// <summary>Migration 1 kept its IF NOT EXISTS: files from builds before versioning already hold these tables.</summary>
    public static SqliteSchema Schema { get; } = new("conversations", [First, Origin, Redaction]);
}
