using SlmAssistant.Ingestion.Queue;

namespace SlmAssistant.Admin.Features.Upload;

/// <summary>The queued items of an accepted upload; poll GET /admin/api/uploads?ids=… for their progress.</summary>
public sealed record UploadAcceptedResponse(IReadOnlyList<IngestionQueueItem> Items);
