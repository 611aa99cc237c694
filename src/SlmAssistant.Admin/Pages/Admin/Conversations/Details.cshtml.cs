using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SlmAssistant.Abstractions.Conversations;
using SlmAssistant.Admin.Features.Conversations;

namespace SlmAssistant.Admin.Pages.Admin.Conversations;

public sealed class DetailsModel(IConversationHistory reader) : PageModel
{
    public ConversationTranscript? Transcript { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Transcript = await reader.GetAsync(id, cancellationToken);
        return Transcript is null ? NotFound() : Page();
    }
}
