using Microsoft.AspNetCore.Mvc.RazorPages;
using SlmAssistant.Admin.Features.Analytics;
using SlmAssistant.Admin.Features.Documents;
using SlmAssistant.Admin.Features.Upload;
using SlmAssistant.Ingestion.Queue;

namespace SlmAssistant.Admin.Pages.Admin;

public sealed class IndexModel(DocumentCatalog catalog, IngestionQueueStore queue, IngestionProgressTracker tracker, IAnalyticsReader analytics) : PageModel
{
    public IReadOnlyList<DocumentRow> Documents { get; private set; } = [];

    public IReadOnlyList<IngestionQueueItem> Recent { get; private set; } = [];

    public AnalyticsSnapshot? Week { get; private set; }

    public int Count(string status) => Documents.Count(d => d.Status == status);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Documents = await catalog.ListAllAsync(cancellationToken);
        Recent = (await queue.ListRecentAsync(6, cancellationToken)).Select(tracker.Apply).ToList();
        Week = await analytics.ReadAsync(7, cancellationToken);
    }
}
