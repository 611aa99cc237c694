using Microsoft.Extensions.AI;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Abstractions.Knowledge;

namespace SlmAssistant.Ingestion.Pipeline;

/// <summary>Step 3: embed every chunk's embedding text as a passage, in batches, reporting progress after each batch.</summary>
internal sealed class EmbedStep(IEmbeddingGenerator<string, Embedding<float>> generator, int batchSize)
{
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
