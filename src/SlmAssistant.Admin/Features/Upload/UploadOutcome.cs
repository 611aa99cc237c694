using SlmAssistant.Ingestion.Queue;

namespace SlmAssistant.Admin.Features.Upload;

/// <summary>
/// The answer to an upload: every file queued, or none (one refused file refuses the request, so a client never has
/// to work out which half of its batch went through). <see cref="StatusCode"/> is 202, 409, 413 or 415.
/// </summary>
public sealed record UploadOutcome(int StatusCode, IReadOnlyList<IngestionQueueItem> Queued, IReadOnlyList<UploadInspection> Refused)
{
    public bool IsAccepted => Refused.Count == 0;
}
