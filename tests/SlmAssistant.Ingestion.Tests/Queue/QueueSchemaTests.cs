using Microsoft.Data.Sqlite;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.Ingestion.Queue;
using SlmAssistant.TestKit;

namespace SlmAssistant.Ingestion.Tests.Queue;

public sealed class QueueSchemaTests
{
    [Fact]
    public async Task AQueueFromBeforeBatchesKeepsItsItemsAndTakesFileItemsAfterMigration()
    {
        var directory = new TempDirectory("slm-queue-schema");
        // The queue table as the first builds wrote it, with no recorded schema version, holding one finished upload.
        await using (var old = new SqliteConnection($"Data Source={Path.Combine(directory.Path, "knowledge.db")};Pooling=False"))
        {
            await old.OpenAsync();
            await using var command = old.CreateCommand();
            command.CommandText = """
                CREATE TABLE admin_ingestion_queue (id TEXT PRIMARY KEY, kind TEXT NOT NULL, source TEXT NOT NULL, file_name TEXT NOT NULL,
                    domain TEXT NOT NULL, blob_id TEXT NULL, file_path TEXT NULL, size_bytes INTEGER NOT NULL, format TEXT NULL, state TEXT NOT NULL,
                    outcome TEXT NULL, chunks INTEGER NOT NULL DEFAULT 0, error TEXT NULL, requested_by TEXT NOT NULL, created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, lease_until TEXT NULL);
                INSERT INTO admin_ingestion_queue VALUES ('old-upload', 'upload', 'upload://outdoor/hours.txt', 'hours.txt', 'outdoor', NULL, NULL,
                    12, 'Text', 'ready', 'ingested', 1, NULL, 'alice', '2025-01-01T00:00:00.0000000+00:00', '2025-01-01T00:00:00.0000000+00:00', 1, NULL);
                """;
            await command.ExecuteNonQueryAsync();
        }

        var harness = KnowledgeHarness.Create(directory: directory);
        await using var cleanup = new Cleanup(harness);
        var before = Assert.Single(await harness.Queue.ListRecentAsync(10, CancellationToken.None));
        var file = Path.Combine(directory.Path, "rentals.md");
        await File.WriteAllTextAsync(file, "# Rentals\n\nKayaks rent by the hour.\n");
        var report = await harness.Batches.IngestAsync([file], new IngestionRequest { Domain = "outdoor" }, BatchIngestion.Cli, BatchDrain.Inline);

        Assert.Equal(("old-upload", "alice", null, 0), (before.Id, before.RequestedBy, before.BatchId, before.Warnings.Count));
        Assert.Equal(1, report.Ingested);
        var items = await harness.Queue.ListRecentAsync(10, CancellationToken.None);
        Assert.Equal(2, items.Count);
        Assert.Single(items, i => i.Kind == QueueItemKinds.File && i.BatchId is not null && i.State == IngestionSteps.Ready);
    }

    private sealed class Cleanup(KnowledgeHarness harness) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await harness.DisposeAsync();
            harness.DeleteFiles();
        }
    }
}
