using System.Diagnostics;
using Microsoft.Extensions.AI;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Tools.Evaluation.Retrieval;

namespace SlmAssistant.Benchmarks.Corpus;

/// <summary>
/// Indexes a BEIR corpus straight into the store, for evaluation only (the product goes through the ingestion
/// pipeline): one document per corpus entry, id = corpus id, text cut into ~200-token windows, each embedded with
/// its title as the pipeline does.
/// </summary>
public static class SciFactIndex
{
    public static async Task<TimeSpan> BuildAsync(
        SqliteKnowledgeStore store, IReadOnlyList<BeirDocument> corpus, IEmbeddingGenerator<string, Embedding<float>> generator)
    {
        var started = Stopwatch.GetTimestamp();
        var done = 0;
        foreach (var batch in corpus.Chunk(64))
        {
            var drafts = batch.Select(doc => (Doc: doc, Windows: PassageSplitter.Split(doc.Text, BenchmarkPassages.WordsPerPassage))).ToArray();
            var texts = drafts.SelectMany(d => d.Windows.Select(w => ChunkDraft.ComposeEmbeddingText(d.Doc.Title, [], w))).ToArray();
            var vectors = await generator.GenerateAsync(texts);
            var next = 0;
            foreach (var (doc, windows) in drafts)
            {
                var document = new KnowledgeDocument(doc.Id, $"beir/{doc.Id}", doc.Title, "scifact", DocumentFormat.Text,
                    doc.Id, doc.Text.Length, windows.Count, DateTimeOffset.UtcNow);
                var chunks = windows.Select((text, i) => new KnowledgeChunk(
                    KnowledgeChunk.MakeId(doc.Id, i), doc.Id, i, text, doc.Title, document.Source, document.Domain, string.Empty, null,
                    vectors[next++].Vector)).ToArray();
                await store.ReplaceDocumentAsync(document, chunks);
            }

            done += batch.Length;
            if (done % 640 == 0)
            {
                Console.WriteLine($"  indexed {done}/{corpus.Count} documents ({Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s)");
            }
        }

        return Stopwatch.GetElapsedTime(started);
    }
}
