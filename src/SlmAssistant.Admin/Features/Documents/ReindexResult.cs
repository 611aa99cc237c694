using SlmAssistant.Admin.Features.Upload;
using SlmAssistant.Ingestion.Queue;

namespace SlmAssistant.Admin.Features.Documents;

/// <summary>A queued re-index, or why the document cannot be re-indexed (its file is gone).</summary>
public sealed record ReindexResult(string DocumentId, string Source, IngestionQueueItem? Item, string? Error);
