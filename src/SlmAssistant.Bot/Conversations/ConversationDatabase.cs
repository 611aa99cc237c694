using Microsoft.Data.Sqlite;
using SlmAssistant.Storage.Sqlite;

namespace SlmAssistant.Bot.Conversations;

/// <summary>The bot's tables (<see cref="ConversationSchema"/>) in the embedded database, opened with its one policy.</summary>
public sealed class ConversationDatabase(SqliteDatabase database)
{
    public string DatabasePath => database.Path;

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(ConversationSchema.Schema, cancellationToken);
}
