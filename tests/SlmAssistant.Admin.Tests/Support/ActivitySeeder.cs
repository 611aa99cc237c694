using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SlmAssistant.Admin.Tests.Support;

/// <summary>
/// Writes what the bot and the cost ledger would have written into knowledge.db: answer_ledger rows (the cloud
/// feature's schema) and transcripts with feedback (the tables the conversation reader expects).
/// </summary>
public static class ActivitySeeder
{
    public static async Task SeedAsync(string databasePath, DateTimeOffset now)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS answer_ledger (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp_utc TEXT NOT NULL, day TEXT NOT NULL,
                route TEXT NOT NULL, mode TEXT NOT NULL, domain TEXT NULL, input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL,
                tokens_estimated INTEGER NOT NULL, latency_ms INTEGER NOT NULL, cost_nanousd INTEGER NOT NULL, all_cloud_cost_nanousd INTEGER NOT NULL,
                question_hash TEXT NOT NULL, question TEXT NULL);
            CREATE TABLE IF NOT EXISTS bot_conversations (id TEXT PRIMARY KEY, channel TEXT, started_at TEXT NOT NULL, updated_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS bot_messages (id INTEGER PRIMARY KEY AUTOINCREMENT, conversation_id TEXT NOT NULL, at TEXT NOT NULL,
                role TEXT NOT NULL, text TEXT NOT NULL, route TEXT NULL, mode TEXT NULL, found INTEGER NULL);
            CREATE TABLE IF NOT EXISTS bot_feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, message_id INTEGER NOT NULL, at TEXT NOT NULL,
                rating TEXT NOT NULL, comment TEXT NULL);
            """);

        for (var daysAgo = 13; daysAgo >= 0; daysAgo--)
        {
            var day = now.AddDays(-daysAgo);
            var questions = 6 + ((daysAgo * 7) % 9);
            for (var i = 0; i < questions; i++)
            {
                var route = i % 5 == 0 ? "cloud" : i % 11 == 0 ? "handoff" : "local";
                await ExecuteAsync(
                    connection,
                    "INSERT INTO answer_ledger (timestamp_utc, day, route, mode, domain, input_tokens, output_tokens, tokens_estimated, latency_ms, cost_nanousd, all_cloud_cost_nanousd, question_hash) " +
                    "VALUES ($at, $day, $route, $mode, 'outdoor', 900, 120, 0, 300, $cost, 1500000, 'h')",
                    ("$at", day.ToString("O", CultureInfo.InvariantCulture)), ("$day", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ("$route", route), ("$mode", route == "cloud" ? "cloud" : "extractive"), ("$cost", route == "cloud" ? 1500000 : 0));
            }
        }

        await ConversationAsync(connection, "c1", now.AddHours(-5), ("How long is the Glacier tent warranty?", "The Glacier tent is covered for seven years.", true, "like"));
        await ConversationAsync(connection, "c2", now.AddHours(-3), ("Can I bring my dog on a kayak?", "I don't know the answer to that from our documents.", false, "dislike"));
        await ConversationAsync(connection, "c3", now.AddHours(-1), ("Can I bring my dog on a kayak?", "I don't know the answer to that from our documents.", false, null));
    }

    private static async Task ConversationAsync(SqliteConnection connection, string id, DateTimeOffset at, (string Question, string Answer, bool Found, string? Rating) turn)
    {
        var time = at.ToString("O", CultureInfo.InvariantCulture);
        await ExecuteAsync(connection, "INSERT INTO bot_conversations (id, channel, started_at, updated_at) VALUES ($id, 'webchat', $at, $at)", ("$id", id), ("$at", time));
        await ExecuteAsync(connection, "INSERT INTO bot_messages (conversation_id, at, role, text) VALUES ($id, $at, 'user', $text)", ("$id", id), ("$at", time), ("$text", turn.Question));
        await ExecuteAsync(
            connection,
            "INSERT INTO bot_messages (conversation_id, at, role, text, route, mode, found) VALUES ($id, $at, 'assistant', $text, 'local', 'extractive', $found)",
            ("$id", id), ("$at", time), ("$text", turn.Answer), ("$found", turn.Found ? 1 : 0));
        if (turn.Rating is not null)
        {
            await ExecuteAsync(
                connection,
                "INSERT INTO bot_feedback (message_id, at, rating, comment) VALUES (last_insert_rowid(), $at, $rating, $comment)",
                ("$at", time), ("$rating", turn.Rating), ("$comment", turn.Rating == "dislike" ? "It should know this" : null));
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
