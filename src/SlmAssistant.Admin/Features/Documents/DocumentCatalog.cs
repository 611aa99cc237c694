using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Ingestion.Pipeline;

namespace SlmAssistant.Admin.Features.Documents;

/// <summary>
/// The documents list: the store's documents joined with the ingestion journal, so a failed or running ingestion shows
/// next to (or instead of) the stored version.
/// </summary>
public sealed class DocumentCatalog(IKnowledgeStore store, IIngestionJournal journal, IOptionsMonitor<AdminOptions> options)
{
    public async Task<IReadOnlyList<DocumentRow>> ListAsync(DocumentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = await ListAllAsync(cancellationToken);
        return rows
            .Where(r => string.IsNullOrWhiteSpace(query.Domain) || string.Equals(r.Domain, query.Domain, StringComparison.OrdinalIgnoreCase))
            .Where(r => string.IsNullOrWhiteSpace(query.Status) || string.Equals(r.Status, query.Status, StringComparison.OrdinalIgnoreCase))
            .Where(r => string.IsNullOrWhiteSpace(query.Text)
                || r.Title.Contains(query.Text.Trim(), StringComparison.OrdinalIgnoreCase)
                || r.Source.Contains(query.Text.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
    }

    public async Task<IReadOnlyList<DocumentRow>> ListAllAsync(CancellationToken cancellationToken)
    {
        var documents = await store.ListDocumentsAsync(null, cancellationToken);
        var entries = (await journal.ListAsync(cancellationToken)).ToDictionary(e => e.Source, StringComparer.Ordinal);
        var rows = documents.Select(d => ToRow(d, entries.GetValueOrDefault(d.Source))).ToList();
        var stored = documents.Select(d => d.Source).ToHashSet(StringComparer.Ordinal);
        rows.AddRange(entries.Values
            .Where(e => !stored.Contains(e.Source) && e.Step is not (IngestionSteps.Ready or IngestionSteps.Skipped))
            .Select(ToRow));
        return rows.OrderBy(r => r.Domain, StringComparer.Ordinal).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<DocumentDetails?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var document = await store.GetDocumentAsync(id, cancellationToken);
        if (document is null)
        {
            var row = (await ListAllAsync(cancellationToken)).FirstOrDefault(r => r.Id == id);
            return row is null ? null : new DocumentDetails(row, [], new Dictionary<string, string>());
        }

        var entry = await journal.GetAsync(document.Source, cancellationToken);
        var chunks = await store.GetChunksAsync(id, cancellationToken);
        return new DocumentDetails(ToRow(document, entry), chunks.Select(DocumentDetails.ToView).ToList(), document.Tags);
    }

    /// <summary>Domains to offer for uploads: folders under knowledge/ and the domains of stored documents.</summary>
    public async Task<IReadOnlyList<string>> DomainsAsync(CancellationToken cancellationToken)
    {
        var domains = new SortedSet<string>(StringComparer.Ordinal);
        var knowledge = Path.GetFullPath(options.CurrentValue.KnowledgePath);
        if (Directory.Exists(knowledge))
        {
            foreach (var folder in Directory.EnumerateDirectories(knowledge))
            {
                var name = Path.GetFileName(folder);
                if (!name.StartsWith('.'))
                {
                    domains.Add(name);
                }
            }
        }

        foreach (var document in await store.ListDocumentsAsync(null, cancellationToken))
        {
            domains.Add(document.Domain);
        }

        return domains.ToList();
    }

    private static DocumentRow ToRow(KnowledgeDocument document, IngestionEntry? entry)
    {
        // A failure after a good version was stored: the old version is still served, but the failure must show.
        var status = entry is null ? DocumentStatuses.Ready : StatusOf(entry.Step);
        return new DocumentRow(
            document.Id, document.Source, document.Title, document.Domain, document.Format.ToString(), document.SizeBytes,
            document.ChunkCount, document.PageCount, document.IngestedAt, status, entry?.Step, entry?.Error, entry?.UpdatedAt, IsStored: true);
    }

    private static DocumentRow ToRow(IngestionEntry entry) =>
        new(SourceIdentity.DocumentId(entry.Source), entry.Source, TitleOf(entry.Source), DomainOf(entry.Source), "Unknown", 0, 0, null, null,
            StatusOf(entry.Step), entry.Step, entry.Error, entry.UpdatedAt, IsStored: false);

    private static string StatusOf(string step) => step switch
    {
        IngestionSteps.Ready or IngestionSteps.Skipped => DocumentStatuses.Ready,
        IngestionSteps.Failed => DocumentStatuses.Failed,
        _ => DocumentStatuses.Processing,
    };

    private static string TitleOf(string source) => source[(source.LastIndexOfAny(['/', '\\']) + 1)..];

    /// <summary>"upload://domain/name" or "knowledge/domain/name": the segment before the name.</summary>
    private static string DomainOf(string source)
    {
        var path = Features.Upload.UploadNames.IsUploadSource(source) ? source[Features.Upload.UploadNames.Scheme.Length..] : source;
        var parts = path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 ? parts[^2] : "general";
    }
}
