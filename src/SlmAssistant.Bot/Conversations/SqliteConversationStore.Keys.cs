using Microsoft.Data.Sqlite;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Bot.Conversations;

public sealed partial class SqliteConversationStore
{
    public async Task<byte[]?> FindKeyAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command("SELECT value FROM bot_keys WHERE name = $name", ("$name", name));
        return await command.ExecuteScalarAsync(cancellationToken) as byte[];
    }

    public async Task<byte[]> AddKeyAsync(string name, byte[] value, string? replaces = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA secure_delete = ON;", cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO bot_keys (name, value) VALUES ($name, $value) ON CONFLICT (name) DO NOTHING", cancellationToken, transaction,
            ("$name", name), ("$value", value));
        var removed = replaces is null
            ? 0
            : await connection.ExecuteAsync("DELETE FROM bot_keys WHERE name = $old", cancellationToken, transaction, ("$old", replaces));
        await using var read = connection.Command("SELECT value FROM bot_keys WHERE name = $name", transaction, ("$name", name));
        var kept = (byte[])(await read.ExecuteScalarAsync(cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        if (removed > 0)
        {
            // The deleted key's pages are still in the write-ahead log until a checkpoint copies the overwritten ones back.
            await connection.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }

        return kept;
    }

    public async Task ReplaceKeyAsync(string name, byte[] value, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO bot_keys (name, value) VALUES ($name, $value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            cancellationToken, ("$name", name), ("$value", value));
    }
}
