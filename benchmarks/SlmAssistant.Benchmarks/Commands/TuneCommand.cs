using System.Globalization;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Embeddings;
using SlmAssistant.Embeddings.Generation;
using SlmAssistant.Embeddings.Model;
using SlmAssistant.Retrieval.Search;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Tools.Evaluation.Retrieval;

namespace SlmAssistant.Benchmarks.Commands;

/// <summary>
/// Grid search of the BM25 column weights and the fusion parameters, on a training split only (tuning on test would
/// make the test figure meaningless). Retriever results are computed once per query and fused offline.
/// </summary>
public static class TuneCommand
{
    private static readonly double[] TitleWeights = [0.5, 1, 1.5, 2, 3, 5];
    private static readonly int[] Depths = [20, 30, 50, 75, 100];
    private static readonly double[] Ks = [1, 2, 3, 5, 8, 10, 15, 20, 30, 45, 60, 80, 100];
    private static readonly double[] VectorWeights = [0.5, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 2];

    public static async Task RunAsync(BenchmarkArguments args)
    {
        var data = args.Text("data") ?? throw new ArgumentException("--data DIR is required.");
        var split = args.Text("split") ?? "train";
        if (split == "test")
        {
            throw new ArgumentException("Tune on a training split; the test split is for reporting only.");
        }

        var dataset = BeirDataset.Load(data, split);
        var directory = args.Text("db") ?? Path.Combine(Path.GetTempPath(), "slm-benchmarks", "scifact");
        using var generator = new ArcticEmbeddingGenerator(WordPieceTokenizer.CreateArcticXs(), Options.Create(new EmbeddingOptions()));
        var queryVectors = await generator.GenerateAsync(dataset.Queries.Select(q => q.Text), EmbeddingPurpose.ForQuery());
        Console.WriteLine($"tune: {dataset.Queries.Count} {split} queries");

        IReadOnlyList<ScoredChunk>[]? keyword = null;
        var bestTitle = 0.0;
        var bestKeyword = -1.0;
        foreach (var title in TitleWeights)
        {
            using var store = SqliteKnowledgeStore.Open(directory, new KnowledgeStoreOptions { TitleWeight = title });
            var lists = await Task.WhenAll(dataset.Queries.Select(q => store.KeywordSearchAsync(q.Text, SearchFilter.None, Depths.Max())));
            var ndcg = Mean(dataset, lists, (hits, _) => hits);
            Console.WriteLine($"  keyword title weight {title,4}: nDCG@10 {ndcg:F4}");
            if (ndcg > bestKeyword)
            {
                (bestKeyword, bestTitle, keyword) = (ndcg, title, lists);
            }
        }

        using var vectorStore = SqliteKnowledgeStore.Open(directory);
        var vector = new IReadOnlyList<ScoredChunk>[dataset.Queries.Count];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = await vectorStore.VectorSearchAsync(queryVectors[i].Vector, SearchFilter.None, Depths.Max());
        }

        Console.WriteLine($"  vector: nDCG@10 {Mean(dataset, vector, (hits, _) => hits):F4}");
        var results = new List<(double Ndcg, int Depth, double K, double VectorWeight)>();
        foreach (var depth in Depths)
        {
            foreach (var k in Ks)
            {
                foreach (var weight in VectorWeights)
                {
                    var options = new HybridSearchOptions { CandidateDepth = depth, RrfK = k, KeywordWeight = 1, VectorWeight = weight };
                    var ndcg = Mean(dataset, keyword!, (hits, i) => ReciprocalRankFusion.Fuse(
                        hits.Take(depth).ToArray(), vector[i].Take(depth).ToArray(), options, 10).Select(h => new ScoredChunk(h.Chunk, h.Score)).ToArray());
                    results.Add((ndcg, depth, k, weight));
                }
            }
        }

        Console.WriteLine($"  best BM25 title weight {bestTitle.ToString(CultureInfo.InvariantCulture)} (text 1)");
        foreach (var (ndcg, depth, k, weight) in results.OrderByDescending(r => r.Ndcg).Take(15))
        {
            Console.WriteLine($"  hybrid depth {depth,3} k {k,4} vector weight {weight,4}: nDCG@10 {ndcg:F4}");
        }

        Console.WriteLine("  depth 50, vector weight 1, by k: " + string.Join("  ", results.Where(r => r.Depth == 50 && r.VectorWeight == 1).Select(r => $"{r.K}: {r.Ndcg:F4}")));
        var defaults = results.Single(r => r.Depth == 50 && r.K == 60 && r.VectorWeight == 1);
        Console.WriteLine($"  (defaults depth 50 k 60 weight 1: nDCG@10 {defaults.Ndcg:F4})");
    }

    private static double Mean(
        BeirDataset dataset, IReadOnlyList<ScoredChunk>[] lists, Func<IReadOnlyList<ScoredChunk>, int, IReadOnlyList<ScoredChunk>> rank)
    {
        var total = 0.0;
        for (var i = 0; i < lists.Length; i++)
        {
            var ranked = rank(lists[i], i).Take(10).Select(h => h.Chunk.DocumentId).Distinct().ToArray();
            total += RetrievalMetrics.NdcgAt(ranked, dataset.Judgments[dataset.Queries[i].Id], 10);
        }

        return total / lists.Length;
    }
}
