using System.Diagnostics;
using SlmAssistant.Abstractions.Documents;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Retrieval.Store;

namespace SlmAssistant.Benchmarks.Corpus;

/// <summary>
/// A store of <c>size</c> synthetic chunks (ten per document, ~200 tokens of Zipf-distributed words each, random unit
/// vectors of the model's width), spread over five domains, for latency measurements at scale.
/// </summary>
public static class SyntheticStore
{
    public const int ChunksPerDocument = 10;
    public static readonly string[] Domains = ["billing", "shipping", "accounts", "products", "support"];

    public static async Task BuildAsync(SqliteKnowledgeStore store, int size, int dimensions)
    {
        var text = new SyntheticText(seed: size);
        var started = Stopwatch.GetTimestamp();
        for (var d = 0; d * ChunksPerDocument < size; d++)
        {
            var id = $"doc{d:D6}";
            var domain = Domains[d % Domains.Length];
            var document = new KnowledgeDocument(id, $"knowledge/{domain}/{id}.md", text.Title(), domain, DocumentFormat.Markdown,
                id, 10_000, ChunksPerDocument, DateTimeOffset.UtcNow)
            {
                Tags = new Dictionary<string, string> { ["lang"] = d % 4 == 0 ? "de" : "en" },
            };
            var chunks = Enumerable.Range(0, Math.Min(ChunksPerDocument, size - (d * ChunksPerDocument))).Select(i => new KnowledgeChunk(
                KnowledgeChunk.MakeId(id, i), id, i, text.Passage(BenchmarkPassages.WordsPerPassage), document.Title, document.Source, domain,
                $"Section {i / 3 + 1} > {text.Title()}", null, RandomUnitVector(text, dimensions))).ToArray();
            await store.ReplaceDocumentAsync(document, chunks);
            if ((d + 1) % 1000 == 0)
            {
                Console.WriteLine($"  built {(d + 1) * ChunksPerDocument} chunks ({Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s)");
            }
        }
    }

    private static float[] RandomUnitVector(SyntheticText random, int dimensions)
    {
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = random.NextGaussian();
        }

        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return vector.Select(v => v / norm).ToArray();
    }
}
