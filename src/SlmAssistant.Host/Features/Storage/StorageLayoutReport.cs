using Microsoft.Extensions.Options;
using SlmAssistant.Storage;

namespace SlmAssistant.Host.Features.Storage;

/// <summary>
/// Says once at start-up, with Storage:Provider=Postgres, which state the server holds and which still stays in this
/// replica's data directory, so nobody takes a second replica for a full copy of the first. Keep it true: when an owner
/// of state moves to the server, move it here from <see cref="InDataDirectory"/> to <see cref="OnServer"/>.
/// </summary>
public sealed class StorageLayoutReport(IOptions<StorageOptions> storage, IOptions<DataDirectoryOptions> data, ILogger<StorageLayoutReport> logger)
    : IHostedService
{
    /// <summary>Shared by every replica on the same database.</summary>
    public const string OnServer =
        "the knowledge store (documents, chunks, vectors, keyword index, ingestion journal) and the Data Protection keys";

    /// <summary>Each replica's own, not shared yet.</summary>
    public const string InDataDirectory =
        "the upload queue, conversations (transcripts, feedback, hand-offs, originals, the Direct Line signing key), " +
        "the cost ledger and escalation audit, and the admin audit";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (storage.Value.Provider == StorageProvider.Postgres)
        {
            var directory = data.Value;
            logger.LogInformation(
                "Storage: PostgreSQL {Server} holds {OnServer}; this replica's SQLite file {SqliteFile} still holds {InDataDirectory}; " +
                "uploaded files wait in {Uploads}, the question-hash and transcript keys are in {Keys}, sign-in throttling and lockout " +
                "are in memory, admin accounts come from configuration (Admin:Users)",
                Server(), OnServer, directory.DatabasePath, InDataDirectory, directory.UploadsPath, directory.KeysPath);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // Host, port and database only: the connection string carries the password.
    private string Server()
    {
        var settings = new Npgsql.NpgsqlConnectionStringBuilder(storage.Value.PostgresConnectionString);
        return $"{settings.Host}:{settings.Port}/{settings.Database}";
    }
}
