using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SlmAssistant.Abstractions.Conversations;
using SlmAssistant.Admin.Features.Conversations;

namespace SlmAssistant.Admin.Pages.Admin.Conversations;

public sealed class IndexModel(IConversationHistory reader) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Feedback { get; set; }

    public bool IsAvailable { get; private set; }

    public IReadOnlyList<ConversationSummary> Conversations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsAvailable = await reader.HasAnyAsync(cancellationToken);
        Conversations = IsAvailable ? await reader.ListAsync(200, Feedback, cancellationToken) : [];
    }
}
