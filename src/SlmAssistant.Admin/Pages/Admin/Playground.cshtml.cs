using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SlmAssistant.Admin.Features.Documents;
using SlmAssistant.Admin.Features.Playground;

namespace SlmAssistant.Admin.Pages.Admin;

public sealed class PlaygroundModel(PlaygroundService playground, DocumentCatalog catalog) : PageModel
{
    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public string? Domain { get; set; }

    public IReadOnlyList<string> Domains { get; private set; } = [];

    public PlaygroundResult? Result { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Domains = await catalog.DomainsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Domains = await catalog.DomainsAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(Question) || Question.Length > PlaygroundService.MaxQuestionLength)
        {
            Error = $"Type a question of 1 to {PlaygroundService.MaxQuestionLength} characters.";
            return Page();
        }

        Result = await playground.AskAsync(new PlaygroundRequest(Question, Domain), cancellationToken);
        return Page();
    }
}
