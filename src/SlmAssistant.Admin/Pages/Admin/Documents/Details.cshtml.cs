using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SlmAssistant.Admin.Features.Documents;

namespace SlmAssistant.Admin.Pages.Admin.Documents;

public sealed class DetailsModel(DocumentCatalog catalog, DocumentCommands commands) : PageModel
{
    public DocumentDetails? Details { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Details = await catalog.GetAsync(id, cancellationToken);
        return Details is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken cancellationToken)
    {
        var deleted = await commands.DeleteAsync(id, HttpContext, cancellationToken);
        TempData["Flash"] = deleted ? "The document was deleted." : "That document no longer exists.";
        return Redirect("/admin/documents");
    }

    public async Task<IActionResult> OnPostReindexAsync(string id, CancellationToken cancellationToken)
    {
        var result = await commands.ReindexAsync(id, HttpContext, cancellationToken);
        TempData["Flash"] = result?.Error is { } error ? $"Cannot re-index: {error}." : "Re-index queued.";
        TempData["FlashKind"] = result?.Error is null ? "ok" : "bad";
        return Redirect($"/admin/documents/{Uri.EscapeDataString(id)}");
    }
}
