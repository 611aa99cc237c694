using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SlmAssistant.Admin.Features.Documents;

namespace SlmAssistant.Admin.Pages.Admin.Documents;

public sealed class IndexModel(DocumentCatalog catalog, DocumentCommands commands) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Domain { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<DocumentRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> Domains { get; private set; } = [];

    public int Total { get; private set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Domain) || !string.IsNullOrWhiteSpace(Status);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await catalog.ListAllAsync(cancellationToken);
        Total = all.Count;
        Domains = all.Select(r => r.Domain).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Rows = await catalog.ListAsync(new DocumentQuery(Q, Domain, Status), cancellationToken);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        var deleted = await commands.DeleteAsync(id, HttpContext, cancellationToken);
        Flash(deleted ? "The document was deleted." : "That document no longer exists.", deleted ? "ok" : "warn");
        return RedirectToPage(new { Q, Domain, Status });
    }

    public async Task<IActionResult> OnPostReindexAsync(string id, CancellationToken cancellationToken)
    {
        var result = await commands.ReindexAsync(id, HttpContext, cancellationToken);
        Flash(result switch
        {
            null => "That document no longer exists.",
            { Error: { } error } => $"Cannot re-index: {error}.",
            _ => "Re-index queued. Progress shows on the upload page.",
        }, result?.Error is null && result is not null ? "ok" : "bad");
        return RedirectToPage(new { Q, Domain, Status });
    }

    public async Task<IActionResult> OnPostReindexAllAsync(CancellationToken cancellationToken)
    {
        var results = await commands.ReindexAllAsync(HttpContext, cancellationToken);
        var failed = results.Count(r => r.Error is not null);
        Flash($"{results.Count - failed} documents queued for re-indexing" + (failed > 0 ? $"; {failed} could not be read." : "."), failed > 0 ? "warn" : "ok");
        return RedirectToPage(new { Q, Domain, Status });
    }

    private void Flash(string message, string kind)
    {
        TempData["Flash"] = message;
        TempData["FlashKind"] = kind;
    }
}
