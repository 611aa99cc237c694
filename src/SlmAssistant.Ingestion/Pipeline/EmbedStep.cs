using Microsoft.Extensions.AI;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>
/// Step 3: embed every chunk's embedding text as a passage, in batches, reporting progress after each batch; then every
/// sentence of the chunks with its section heading, which answers are composed from.
/// </summary>
internal sealed class EmbedStep(IEmbeddingGenerator<string, Embedding<float>> generator, int batchSize)
{
    public async Task<List<IReadOnlyList<KnowledgeSentence>>> EmbedSentencesAsync(IReadOnlyList<ChunkDraft> drafts, CancellationToken cancellationToken)
    {
        var texts = drafts
            .SelectMany(draft => draft.Sentences.Select(sentence => KnowledgeSentence.EmbeddingText(draft.Title, string.Join(" > ", draft.SectionPath), sentence)))
            .ToList();
        var vectors = new List<ReadOnlyMemory<float>>(texts.Count);
        for (var start = 0; start < texts.Count; start += batchSize * 4)
        {
            var batch = texts.Skip(start).Take(batchSize * 4).ToList();
            var embeddings = await generator.GenerateAsync(batch, options: null, cancellationToken);
            if (embeddings.Count != batch.Count)
            {
                throw new InvalidOperationException($"the embedding generator returned {embeddings.Count} vectors for {batch.Count} sentences");
            }

            vectors.AddRange(embeddings.Select(embedding => embedding.Vector));
        }

        var result = new List<IReadOnlyList<KnowledgeSentence>>(drafts.Count);
        var next = 0;
        foreach (var draft in drafts)
        {
            result.Add(draft.Sentences.Select((sentence, i) => new KnowledgeSentence(i, sentence, SentenceTraitsReader.Read(sentence), vectors[next++])).ToList());
        }

        return result;
    }

    public async Task<List<ReadOnlyMemory<float>>> RunAsync(IReadOnlyList<ChunkDraft> drafts, ProgressScope progress, CancellationToken cancellationToken)
    {
        var vectors = new List<ReadOnlyMemory<float>>(drafts.Count);
        for (var start = 0; start < drafts.Count; start += batchSize)
        {
            var batch = drafts.Skip(start).Take(batchSize).Select(draft => draft.EmbeddingText).ToList();
            var embeddings = await generator.GenerateAsync(batch, options: null, cancellationToken);
            if (embeddings.Count != batch.Count)
            {
                throw new InvalidOperationException($"the embedding generator returned {embeddings.Count} vectors for {batch.Count} chunks");
            }

            vectors.AddRange(embeddings.Select(embedding => embedding.Vector));
            progress.Step(IngestionSteps.Embedding, vectors.Count, drafts.Count);
        }

        return vectors;
    }
}
