using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Ledger;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Bot.Conversations;

/// <summary>
/// Deletes what the bot keeps: everything older than a date (the retention job, `slm conversations purge`), or one
/// conversation entirely (erasure on request). Deleted content is overwritten (secure_delete) and the write-ahead log
/// checkpointed, so it does not linger in the database files. Question texts kept elsewhere (the answer ledger's,
/// <see cref="IRetainedQuestions"/>) are cleared by the same date.
/// </summary>
public sealed class ConversationRetention(
    ConversationDatabase database, IEnumerable<IRetainedQuestions> questions, IOptions<ConversationsOptions> options, TimeProvider time)
{
    /// <summary>Applies Conversations:RetentionDays to everything and Conversations:OriginalsRetentionDays to the encrypted originals.</summary>
    public async Task<PurgeResult> ApplyAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var purged = await PurgeBeforeAsync(now.AddDays(-settings.RetentionDays), cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        var originals = await connection.ExecuteAsync(
            "DELETE FROM bot_originals WHERE created_at < $before", cancellationToken, ("$before", now.AddDays(-settings.OriginalsRetentionDays).ToDbTime()));
        return purged with { Originals = purged.Originals + originals };
    }

    /// <summary>
    /// Deletes activities, answers, feedback, handoffs and originals from before <paramref name="before"/>, and the
    /// conversations left empty; clears the question texts kept elsewhere from before then.
    /// </summary>
    public async Task<PurgeResult> PurgeBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var cutoff = ("$before", (object?)before.ToDbTime());
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var activities = await connection.ExecuteAsync("DELETE FROM bot_activities WHERE created_at < $before", cancellationToken, transaction, cutoff);
        var answers = await connection.ExecuteAsync("DELETE FROM bot_answers WHERE created_at < $before", cancellationToken, transaction, cutoff);
        var feedback = await connection.ExecuteAsync("DELETE FROM bot_feedback WHERE created_at < $before", cancellationToken, transaction, cutoff);
        var handoffs = await connection.ExecuteAsync("DELETE FROM bot_handoffs WHERE updated_at < $before", cancellationToken, transaction, cutoff);
        var originals = await connection.ExecuteAsync("DELETE FROM bot_originals WHERE created_at < $before", cancellationToken, transaction, cutoff);
        var conversations = await connection.ExecuteAsync(
            """
            DELETE FROM bot_conversations WHERE created_at < $before
              AND NOT EXISTS (SELECT 1 FROM bot_activities m WHERE m.conversation_id = bot_conversations.id)
              AND NOT EXISTS (SELECT 1 FROM bot_answers a WHERE a.conversation_id = bot_conversations.id)
              AND NOT EXISTS (SELECT 1 FROM bot_handoffs h WHERE h.conversation_id = bot_conversations.id)
            """,
            cancellationToken,
            transaction,
            cutoff);
        await connection.ExecuteAsync(
            "DELETE FROM bot_pii_placeholders WHERE conversation_id NOT IN (SELECT id FROM bot_conversations)", cancellationToken, transaction);
        await transaction.CommitAsync(cancellationToken);
        await CheckpointAsync(connection, cancellationToken);
        var cleared = 0;
        foreach (var kept in questions)
        {
            cleared += await kept.ClearQuestionsBeforeAsync(before, cancellationToken);
        }

        return new PurgeResult(conversations, activities, answers, feedback, handoffs, originals, cleared);
    }

    /// <summary>Deletes one conversation and everything kept about it; false when there was no such conversation.</summary>
    public async Task<bool> EraseAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var id = ("$id", (object?)conversationId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var table in new[] { "bot_activities", "bot_answers", "bot_feedback", "bot_handoffs", "bot_originals", "bot_pii_placeholders" })
        {
            await connection.ExecuteAsync($"DELETE FROM {table} WHERE conversation_id = $id", cancellationToken, transaction, id);
        }

        var deleted = await connection.ExecuteAsync("DELETE FROM bot_conversations WHERE id = $id", cancellationToken, transaction, id);
        await transaction.CommitAsync(cancellationToken);
        await CheckpointAsync(connection, cancellationToken);
        return deleted > 0;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA secure_delete = ON;", cancellationToken);
        return connection;
    }

    // Copies the (overwritten) pages into the database and empties the log, which still holds the deleted rows' pages.
    private static async Task CheckpointAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
}
