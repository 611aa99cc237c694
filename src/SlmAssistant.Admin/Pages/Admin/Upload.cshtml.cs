using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using SlmAssistant.Admin.Features.Documents;
using SlmAssistant.Admin.Features.Upload;

namespace SlmAssistant.Admin.Pages.Admin;

public sealed class UploadModel(DocumentCatalog catalog, UploadInspector inspector, IOptionsMonitor<AdminOptions> options) : PageModel
{
    public IReadOnlyList<string> Domains { get; private set; } = [];

    public long MaxUploadBytes => inspector.MaxUploadBytes;

    public int MaxFiles => options.CurrentValue.MaxFilesPerUpload;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Domains = await catalog.DomainsAsync(cancellationToken);
}
