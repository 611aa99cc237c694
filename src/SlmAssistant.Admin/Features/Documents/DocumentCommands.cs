using Microsoft.AspNetCore.Http;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Admin.Features.Audit;
using SlmAssistant.Admin.Features.Upload;
using SlmAssistant.Ingestion.Pipeline;
using SlmAssistant.Ingestion.Queue;

namespace SlmAssistant.Admin.Features.Documents;

/// <summary>Delete and re-index, shared by the pages and the API, each written to the audit log.</summary>
public sealed class DocumentCommands(
    IKnowledgeStore store,
    IIngestionJournal journal,
    IngestionQueueStore queue,
    UploadStorage storage,
    AuditLog audit,
    TimeProvider time)
{
    /// <summary>Removes the document and its chunks, and the stored uploads of its source. False when there was nothing to delete.</summary>
    public async Task<bool> DeleteAsync(string id, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = await store.GetDocumentAsync(id, cancellationToken);
        // Without a stored document, only a source the list shows (failed or under way) can be deleted.
        var source = document?.Source ?? (await journal.ListAsync(cancellationToken))
            .FirstOrDefault(e => SourceIdentity.DocumentId(e.Source) == id && e.Step is not (IngestionSteps.Ready or IngestionSteps.Skipped))?.Source;
        if (source is null)
        {
            return false;
        }

        var deleted = document is not null && await store.DeleteDocumentAsync(id, cancellationToken);
        // The journal has no "deleted" step: "skipped" keeps the source off the list and lets a re-upload ingest afresh.
        await journal.RecordAsync(new IngestionEntry(source, string.Empty, IngestionSteps.Skipped, "deleted by an admin", time.GetUtcNow()), cancellationToken);
        foreach (var blob in await queue.ForgetSourceAsync(source, cancellationToken))
        {
            storage.Delete(blob);
        }

        await audit.WriteAsync(context, AuditActions.Delete, source, deleted ? $"{document!.Title}: {document.ChunkCount} chunks removed" : "failed ingestion removed from the list");
        return true;
    }

    public async Task<ReindexResult?> ReindexAsync(string id, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = await store.GetDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var result = await QueueReindexAsync(document, context.User.Identity?.Name ?? "anonymous", cancellationToken);
        await audit.WriteAsync(context, AuditActions.Reindex, document.Source, result.Error ?? $"queued as {result.Item!.Id}", succeeded: result.Error is null);
        return result;
    }

    public async Task<IReadOnlyList<ReindexResult>> ReindexAllAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actor = context.User.Identity?.Name ?? "anonymous";
        var results = new List<ReindexResult>();
        foreach (var document in await store.ListDocumentsAsync(null, cancellationToken))
        {
            results.Add(await QueueReindexAsync(document, actor, cancellationToken));
        }

        var failed = results.Count(r => r.Error is not null);
        await audit.WriteAsync(context, AuditActions.ReindexAll, "all documents", $"{results.Count - failed} queued, {failed} could not be read", succeeded: failed == 0);
        return results;
    }

    private async Task<ReindexResult> QueueReindexAsync(KnowledgeDocument document, string actor, CancellationToken cancellationToken)
    {
        string? blobId = null;
        string? filePath = null;
        var fileName = Path.GetFileName(document.Source);
        if (UploadNames.IsUploadSource(document.Source))
        {
            var upload = await queue.LatestStoredAsync(document.Source, cancellationToken);
            if (upload?.BlobId is null || !storage.Exists(upload.BlobId))
            {
                return new ReindexResult(document.Id, document.Source, null, "the uploaded file is no longer stored; upload it again");
            }

            blobId = upload.BlobId;
            fileName = upload.FileName;
        }
        else if (await queue.LatestFileAsync(document.Source, cancellationToken) is { FilePath: { } path } && File.Exists(path))
        {
            // Ingested by `slm ingest` or seeding: the full path it was read from, whatever directory that ran in.
            filePath = path;
        }
        else if (document.Origin is { } origin && File.Exists(origin))
        {
            // The queue forgot the item (or the document came from a run outside it): the path the store last read it from.
            filePath = origin;
        }
        else if (File.Exists(Path.GetFullPath(document.Source)))
        {
            filePath = document.Source;
        }
        else
        {
            return new ReindexResult(document.Id, document.Source, null, $"the source file '{document.Source}' no longer exists");
        }

        var now = time.GetUtcNow();
        var item = new IngestionQueueItem(
            UploadStorage.NewId(), QueueItemKinds.Reindex, document.Source, fileName, document.Domain, blobId, filePath,
            document.SizeBytes, document.Format.ToString(), IngestionSteps.Queued, null, 0, null, actor, now, now, 0);
        await queue.EnqueueAsync(item, cancellationToken);
        return new ReindexResult(document.Id, document.Source, item, null);
    }
}
