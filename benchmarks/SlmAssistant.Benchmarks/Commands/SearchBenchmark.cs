using System.Diagnostics;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Benchmarks.Corpus;
using SlmAssistant.Benchmarks.Measurement;
using SlmAssistant.Embeddings;
using SlmAssistant.Embeddings.Generation;
using SlmAssistant.Embeddings.Model;
using SlmAssistant.Retrieval.Search;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Storage;

namespace SlmAssistant.Benchmarks.Commands;

/// <summary>
/// Search latency on synthetic stores: hybrid search with query embedding (what a user waits for), and its parts.
/// Stores are built once under --dir and reused.
/// </summary>
public static class SearchBenchmark
{
    public static async Task RunAsync(BenchmarkArguments args)
    {
        var sizes = args.Counts("sizes", [10_000, 100_000]);
        var queries = args.Count("queries", 200);
        var root = args.Text("dir") ?? Path.Combine(Path.GetTempPath(), "slm-benchmarks");
        using var generator = new ArcticEmbeddingGenerator(WordPieceTokenizer.CreateArcticXs(), Options.Create(new EmbeddingOptions()));
        foreach (var size in sizes)
        {
            var directory = Path.Combine(root, $"synthetic-{size}");
            if (!await HasChunksAsync(directory, size))
            {
                Console.WriteLine($"search: building a store of {size} chunks in {directory}");
                using var building = SqliteKnowledgeStore.Open(directory);
                await SyntheticStore.BuildAsync(building, size, ArcticXsModel.Dimensions);
            }

            using var store = SqliteKnowledgeStore.Open(directory);
            await MeasureAsync(store, generator, size, queries);
        }
    }

    private static async Task<bool> HasChunksAsync(string directory, int size)
    {
        if (File.Exists(Path.Combine(directory, DataDirectoryOptions.DatabaseFileName)))
        {
            using (var existing = SqliteKnowledgeStore.Open(directory))
            {
                if (await existing.CountChunksAsync() == size)
                {
                    return true;
                }
            }

            foreach (var file in Directory.GetFiles(directory, DataDirectoryOptions.DatabaseFileName + "*"))
            {
                File.Delete(file);
            }
        }

        return false;
    }

    private static async Task MeasureAsync(SqliteKnowledgeStore store, ArcticEmbeddingGenerator generator, int size, int count)
    {
        var text = new SyntheticText(seed: 99);
        var queries = Enumerable.Range(0, count + 20).Select(_ => string.Join(' ', Enumerable.Range(0, 4 + text.Next(5)).Select(_ => text.Word()))).ToArray();
        var started = Stopwatch.GetTimestamp();
        await store.VectorSearchAsync(new float[ArcticXsModel.Dimensions], SearchFilter.None, 1);
        Console.WriteLine($"search: {size} chunks, {Environment.ProcessorCount} cores, load average {MachineLoad.Current}; " +
                          $"vector index load {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F0} ms");

        var search = new HybridKnowledgeSearch(store, Options.Create(new HybridSearchOptions()), generator);
        var domainFilter = new SearchFilter(SyntheticStore.Domains[1]);
        var hybrid = new Latency("hybrid (embed + both)");
        var filtered = new Latency("hybrid, domain filter");
        var keyword = new Latency("keyword only");
        var vector = new Latency("vector only (embed + scan)");
        var embed = new Latency("query embedding");
        var scan = new Latency("vector scan + chunk read");
        for (var i = 0; i < queries.Length; i++)
        {
            var warmUp = i < 20;
            var query = queries[i];
            await Time(warmUp, hybrid, () => search.SearchAsync(new SearchRequest(query, 5)));
            await Time(warmUp, filtered, () => search.SearchAsync(new SearchRequest(query, 5, domainFilter)));
            await Time(warmUp, keyword, () => store.KeywordSearchAsync(query, SearchFilter.None, 50));
            var vectorHits = await Time(warmUp, vector, async () =>
            {
                var embedding = await generator.GenerateAsync([query], EmbeddingPurpose.ForQuery());
                return await store.VectorSearchAsync(embedding[0].Vector, SearchFilter.None, 50);
            });
            var queryVector = await Time(warmUp, embed, () => generator.GenerateAsync([query], EmbeddingPurpose.ForQuery()));
            await Time(warmUp, scan, () => store.VectorSearchAsync(queryVector[0].Vector, SearchFilter.None, 50));
        }

        foreach (var latency in new[] { hybrid, filtered, keyword, vector, embed, scan })
        {
            Console.WriteLine($"  {latency}");
        }

        Console.WriteLine($"  (load average after: {MachineLoad.Current})");
    }

    private static async Task<T> Time<T>(bool warmUp, Latency latency, Func<Task<T>> operation) =>
        warmUp ? await operation() : await latency.TimeAsync(operation);
}
