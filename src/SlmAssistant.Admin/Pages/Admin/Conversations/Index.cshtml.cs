using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SlmAssistant.Admin.Features.Conversations;

namespace SlmAssistant.Admin.Pages.Admin.Conversations;

public sealed class IndexModel(IConversationReader reader) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Feedback { get; set; }

    public bool IsAvailable { get; private set; }

    public IReadOnlyList<ConversationSummary> Conversations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        IsAvailable = await reader.IsAvailableAsync(cancellationToken);
        Conversations = IsAvailable ? await reader.ListAsync(200, Feedback, cancellationToken) : [];
    }
}
