using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SlmAssistant.Admin.Features.Analytics;

namespace SlmAssistant.Admin.Pages.Admin;

public sealed class AnalyticsModel(IAnalyticsReader reader) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = 30;

    public AnalyticsSnapshot Snapshot { get; private set; } = null!;

    public DailyChart Chart { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Days = Days is 7 or 30 or 90 ? Days : 30;
        Snapshot = await reader.ReadAsync(Days, cancellationToken);
        Chart = new DailyChart(Snapshot.PerDay);
    }
}
