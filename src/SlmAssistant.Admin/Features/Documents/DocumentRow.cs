namespace SlmAssistant.Admin.Features.Documents;

/// <summary>
/// One row of the documents list: a stored document, or a source whose last ingestion failed or is under way.
/// </summary>
/// <param name="Status">ready, processing or failed (<see cref="DocumentStatuses"/>).</param>
/// <param name="Step">The journal's step for the source (extracting, embedding …), when known.</param>
/// <param name="Error">Why the last ingestion failed; a stored older version may still be served.</param>
/// <param name="IsStored">Whether the store holds chunks for it (false for a source that never got through).</param>
public sealed record DocumentRow(
    string Id,
    string Source,
    string Title,
    string Domain,
    string Format,
    long SizeBytes,
    int ChunkCount,
    int? PageCount,
    DateTimeOffset? IngestedAt,
    string Status,
    string? Step,
    string? Error,
    DateTimeOffset? UpdatedAt,
    bool IsStored)
{
    public bool IsUpload => Features.Upload.UploadNames.IsUploadSource(Source);
}
