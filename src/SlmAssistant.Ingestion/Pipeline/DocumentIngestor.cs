using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>
/// Runs one document through extract → chunk → embed → index, recording each step in the journal. Nothing is written to
/// the store until every chunk has its vector, and then in one transaction, so an interrupted run leaves the store as
/// it was and a rerun redoes the document. Unchanged bytes whose stored document matches (hash, domain, tags, the
/// pipeline version that wrote it, and the path it was read from) are skipped.
/// </summary>
internal sealed class DocumentIngestor(
    ExtractStep extract,
    IChunker chunker,
    EmbedStep embed,
    IKnowledgeStore store,
    IIngestionJournal journal,
    TimeProvider time)
{
    /// <summary>
    /// Bumped when ingestion writes documents differently: 2 reads table rows as sentences and stores sentence vectors.
    /// Documents written by an older version are ingested again, so an existing store catches up on its next run.
    /// </summary>
    public const int PipelineVersion = 2;

    public async Task<IngestionFileResult> IngestAsync(SourceDocument document, ProgressScope progress, CancellationToken cancellationToken)
    {
        using var span = IngestionTelemetry.StartDocument(document);
        var result = await IngestDocumentAsync(document, progress, cancellationToken);
        IngestionTelemetry.Finished(span, result);
        return result;
    }

    private async Task<IngestionFileResult> IngestDocumentAsync(SourceDocument document, ProgressScope progress, CancellationToken cancellationToken)
    {
        var hash = SourceIdentity.ContentHash(document.Content);
        if (!document.Reindex && await FindUnchangedAsync(document, hash, cancellationToken) is KnowledgeDocument unchanged)
        {
            progress.Step(IngestionSteps.Ready, unchanged.ChunkCount, unchanged.ChunkCount);
            return IngestionFileResult.Unchanged(document.Source, unchanged.ChunkCount);
        }

        var warnings = new List<string>();
        var step = IngestionSteps.Extracting;
        try
        {
            await RecordAsync(document.Source, hash, step, progress, cancellationToken);
            ExtractedDocument extracted;
            using (var extracting = IngestionTelemetry.StartStep(step))
            {
                extracted = await extract.RunAsync(document, warnings, cancellationToken);
                extracting?.SetTag("slm.document.format", extracted.Format.ToString());
            }

            await RecordAsync(document.Source, hash, step = IngestionSteps.Chunking, progress, cancellationToken);
            IReadOnlyList<ChunkDraft> drafts;
            using (IngestionTelemetry.StartStep(step))
            {
                drafts = chunker.Chunk(extracted);
            }

            if (drafts.Count == 0)
            {
                throw new ExtractionException(document.Source, "the document is empty: no text could be extracted");
            }

            await RecordAsync(document.Source, hash, step = IngestionSteps.Embedding, progress, cancellationToken, drafts.Count);
            List<ReadOnlyMemory<float>> vectors;
            List<IReadOnlyList<KnowledgeSentence>> sentences;
            using (IngestionTelemetry.StartStep(step))
            {
                vectors = await embed.RunAsync(drafts, progress, cancellationToken);
                sentences = await embed.EmbedSentencesAsync(drafts, cancellationToken);
            }

            await RecordAsync(document.Source, hash, step = IngestionSteps.Indexing, progress, cancellationToken, drafts.Count);
            var stored = ToKnowledgeDocument(document, extracted, hash, drafts.Count);
            using (IngestionTelemetry.StartStep(step))
            {
                await store.ReplaceDocumentAsync(stored, ToChunks(stored, drafts, vectors, sentences), cancellationToken);
            }

            // The document is stored: saying so must not be cancelled half-way.
            await RecordAsync(document.Source, hash, IngestionSteps.Ready, progress, CancellationToken.None, drafts.Count);
            return IngestionFileResult.Ingested(document.Source, drafts.Count, warnings);
        }
        catch (ExtractionException e)
        {
            IngestionTelemetry.FailedAt(step);
            return await FailAsync(document.Source, hash, e.Reason, warnings, progress, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // An embedding or store failure on one document must not stop the others; the report says which step broke.
            IngestionTelemetry.FailedAt(step);
            return await FailAsync(document.Source, hash, $"{step} failed: {e.Message}", warnings, progress, cancellationToken);
        }
    }

    /// <summary>Records a failure in the journal and reports it; also used before the bytes are read (missing, too large, unreadable).</summary>
    public async Task<IngestionFileResult> FailAsync(string source, string hash, string reason, IReadOnlyList<string> warnings, ProgressScope progress, CancellationToken cancellationToken)
    {
        await journal.RecordAsync(new IngestionEntry(source, hash, IngestionSteps.Failed, reason, time.GetUtcNow()), cancellationToken);
        progress.Step(IngestionSteps.Failed);
        var failed = IngestionFileResult.Failed(source, reason, warnings);
        IngestionTelemetry.Count(failed);
        return failed;
    }

    // The store is the truth: a document is written atomically, so a stored copy with these bytes, domain and tags is
    // complete even when the run that wrote it stopped before the journal said so; the journal is then put right.
    private async Task<KnowledgeDocument?> FindUnchangedAsync(SourceDocument document, string hash, CancellationToken cancellationToken)
    {
        var stored = await store.FindBySourceAsync(document.Source, cancellationToken);
        if (stored is null || stored.ContentHash != hash || stored.Domain != document.Domain || !SameTags(stored.Tags, document.Tags)
            || (document.Url is not null && document.Url != stored.Url) || stored.PipelineVersion < PipelineVersion
            || (document.Origin is not null && document.Origin != stored.Origin))
        {
            return null;
        }

        var entry = await journal.GetAsync(document.Source, cancellationToken);
        if (entry is not { Step: IngestionSteps.Ready } || entry.ContentHash != hash)
        {
            await journal.RecordAsync(new IngestionEntry(document.Source, hash, IngestionSteps.Ready, null, time.GetUtcNow()), cancellationToken);
        }

        return stored;
    }

    private async Task RecordAsync(string source, string hash, string step, ProgressScope progress, CancellationToken cancellationToken, int chunks = 0)
    {
        await journal.RecordAsync(new IngestionEntry(source, hash, step, null, time.GetUtcNow()), cancellationToken);
        progress.Step(step, step == IngestionSteps.Ready ? chunks : 0, chunks);
    }

    private KnowledgeDocument ToKnowledgeDocument(SourceDocument document, ExtractedDocument extracted, string hash, int chunkCount) =>
        new(SourceIdentity.DocumentId(document.Source), document.Source, extracted.Title, document.Domain, extracted.Format, hash,
            document.Content.LongLength, chunkCount, time.GetUtcNow())
        {
            Tags = new Dictionary<string, string>(document.Tags),
            PageCount = extracted.PageCount,
            Url = document.Url ?? extracted.Url,
            PipelineVersion = PipelineVersion,
            Origin = document.Origin,
        };

    private static List<KnowledgeChunk> ToChunks(
        KnowledgeDocument document, IReadOnlyList<ChunkDraft> drafts, List<ReadOnlyMemory<float>> vectors, List<IReadOnlyList<KnowledgeSentence>> sentences) =>
        drafts.Select((draft, i) => new KnowledgeChunk(
            KnowledgeChunk.MakeId(document.Id, draft.Index),
            document.Id,
            draft.Index,
            draft.Text,
            draft.Title,
            document.Source,
            document.Domain,
            string.Join(" > ", draft.SectionPath),
            draft.Page,
            vectors[i]) { Url = document.Url, Sentences = sentences[i] }).ToList();

    private static bool SameTags(IReadOnlyDictionary<string, string> stored, IReadOnlyDictionary<string, string> requested) =>
        stored.Count == requested.Count && requested.All(tag => stored.TryGetValue(tag.Key, out var value) && value == tag.Value);
}
