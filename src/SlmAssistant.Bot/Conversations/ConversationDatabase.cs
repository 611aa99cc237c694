using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// Opens connections to the knowledge database and creates the bot's tables on first use. WAL lets Direct Line reads
/// run beside writes; the busy timeout makes concurrent writers wait instead of failing.
/// </summary>
public sealed class ConversationDatabase(IOptions<ConversationStoreOptions> options)
{
    private const string Schema = """
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

    private readonly Lazy<string> _connectionString = new(() => Initialize(options.Value.DatabasePath));

    public string DatabasePath => options.Value.DatabasePath;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString.Value);
        await connection.OpenAsync(cancellationToken);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private static string Initialize(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL; {Schema}";
        command.ExecuteNonQuery();
        return connectionString;
    }
}
