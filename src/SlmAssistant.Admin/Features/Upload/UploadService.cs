using Microsoft.AspNetCore.Http;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Admin.Features.Audit;
using SlmAssistant.Ingestion.Queue;

namespace SlmAssistant.Admin.Features.Upload;

/// <summary>
/// Accepts uploads: checks every file (size, then content), stores the bytes under a random id, queues them for the
/// ingestion worker and writes the audit log. Once this returns 202 the files survive a restart.
/// </summary>
public sealed class UploadService(UploadInspector inspector, UploadStorage storage, IngestionQueueStore queue, AuditLog audit, TimeProvider time)
{
    public async Task<UploadOutcome> AcceptAsync(IReadOnlyList<UploadedFile> files, string domain, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(context);
        var inspections = new List<UploadInspection>();
        foreach (var file in files)
        {
            inspections.Add(await InspectAsync(file, cancellationToken));
        }

        // Two files of one upload under one source would leave only the second: refuse them both, by name.
        foreach (var clash in inspections.Select((inspection, index) => (inspection, index))
            .Where(x => x.inspection.IsAccepted)
            .GroupBy(x => UploadNames.Source(domain, x.inspection.FileName), StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1))
        {
            foreach (var (inspection, index) in clash)
            {
                inspections[index] = UploadInspection.Refused(
                    inspection.FileName, StatusCodes.Status409Conflict,
                    $"{clash.Count()} files of this upload would be stored as the same document '{clash.Key}'; rename one or upload them separately");
            }
        }

        var refused = inspections.Where(i => !i.IsAccepted).ToList();
        if (refused.Count > 0)
        {
            foreach (var refusal in refused)
            {
                await audit.WriteAsync(context, AuditActions.UploadRejected, $"{domain}/{refusal.FileName}", refusal.Reason, succeeded: false);
            }

            var status = refused.All(r => r.StatusCode == StatusCodes.Status413PayloadTooLarge)
                ? StatusCodes.Status413PayloadTooLarge
                : refused.First(r => r.StatusCode != StatusCodes.Status413PayloadTooLarge).StatusCode;
            return new UploadOutcome(status, [], refused);
        }

        var actor = context.User.Identity?.Name ?? "anonymous";
        var queued = new List<IngestionQueueItem>();
        for (var i = 0; i < files.Count; i++)
        {
            var item = await StoreAsync(files[i], inspections[i], domain, actor, cancellationToken);
            queued.Add(item);
            await audit.WriteAsync(context, AuditActions.Upload, item.Source, $"{item.FileName} ({item.SizeBytes:N0} bytes, {item.Format}) queued as {item.Id}");
        }

        return new UploadOutcome(StatusCodes.Status202Accepted, queued, []);
    }

    private async Task<UploadInspection> InspectAsync(UploadedFile file, CancellationToken cancellationToken)
    {
        var name = UploadNames.DisplayName(file.FileName);
        var size = inspector.InspectSize(name, file.Length);
        if (!size.IsAccepted)
        {
            return size;
        }

        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream((int)Math.Min(file.Length, int.MaxValue));
        await stream.CopyToAsync(buffer, cancellationToken);
        return inspector.InspectContent(name, buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    private async Task<IngestionQueueItem> StoreAsync(UploadedFile file, UploadInspection inspection, string domain, string actor, CancellationToken cancellationToken)
    {
        string blobId;
        await using (var stream = file.OpenReadStream())
        {
            blobId = await storage.SaveAsync(stream, cancellationToken);
        }

        var now = time.GetUtcNow();
        var item = new IngestionQueueItem(
            UploadStorage.NewId(), QueueItemKinds.Upload, UploadNames.Source(domain, inspection.FileName), inspection.FileName, domain,
            blobId, null, file.Length, inspection.Format.ToString(), IngestionSteps.Queued, null, 0, null, actor, now, now, 0);
        try
        {
            await queue.EnqueueAsync(item, cancellationToken);
        }
        catch
        {
            storage.Delete(blobId);
            throw;
        }

        return item;
    }
}
