using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SlmAssistant.Abstractions.Conversations;
using SlmAssistant.Admin.Features.Conversations;

namespace SlmAssistant.Admin.Pages.Admin.Conversations;

public sealed class DetailsModel(IConversationHistory reader, ConversationEraser eraser) : PageModel
{
    public ConversationTranscript? Transcript { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Transcript = await reader.GetAsync(id, cancellationToken);
        return Transcript is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostEraseAsync(string id, CancellationToken cancellationToken)
    {
        var erased = await eraser.EraseAsync(id, HttpContext, cancellationToken);
        TempData["Flash"] = erased ? "The conversation was erased." : "That conversation no longer exists.";
        return Redirect("/admin/conversations");
    }
}
