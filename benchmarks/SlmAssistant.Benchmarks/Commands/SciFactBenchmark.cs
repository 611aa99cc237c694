using System.Diagnostics;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Benchmarks.Corpus;
using SlmAssistant.Embeddings;
using SlmAssistant.Embeddings.Generation;
using SlmAssistant.Embeddings.Model;
using SlmAssistant.Retrieval.Search;
using SlmAssistant.Retrieval.Store;
using SlmAssistant.Tools.Evaluation.Retrieval;

namespace SlmAssistant.Benchmarks.Commands;

/// <summary>nDCG@10, recall and MRR of keyword, vector and hybrid retrieval on a BEIR data set (SciFact).</summary>
public static class SciFactBenchmark
{
    public static async Task RunAsync(BenchmarkArguments args)
    {
        var data = args.Text("data") ?? throw new ArgumentException("--data DIR is required (a BEIR folder such as ../shared/eval/scifact).");
        var split = args.Text("split") ?? "test";
        var dataset = BeirDataset.Load(data, split);
        var databaseDirectory = args.Text("db") ?? Path.Combine(Path.GetTempPath(), "slm-benchmarks", "scifact");
        var storeOptions = StoreOptions(args);
        Console.WriteLine($"scifact: {dataset.Corpus.Count} documents, {dataset.Queries.Count} {split} queries, store {databaseDirectory}");

        using var generator = new ArcticEmbeddingGenerator(WordPieceTokenizer.CreateArcticXs(), Options.Create(new EmbeddingOptions()));
        using var store = SqliteKnowledgeStore.Open(databaseDirectory, storeOptions);
        var indexed = (await store.ListDocumentsAsync()).Count;
        if (indexed != dataset.Corpus.Count || args.Flag("reindex"))
        {
            var elapsed = await SciFactIndex.BuildAsync(store, dataset.Corpus, generator);
            Console.WriteLine($"  index time {elapsed.TotalSeconds:F0} s for {await store.CountChunksAsync()} chunks");
        }
        else
        {
            Console.WriteLine($"  reusing the index ({await store.CountChunksAsync()} chunks); --reindex to rebuild it");
        }

        var fusion = FusionOptions(args);
        Console.WriteLine($"  BM25 weights title {storeOptions.TitleWeight} text {storeOptions.TextWeight}; RRF k {fusion.RrfK}, " +
                          $"weights keyword {fusion.KeywordWeight} vector {fusion.VectorWeight}, depth {fusion.CandidateDepth}");
        foreach (var (name, keyword, vector) in new[] { ("keyword", 1.0, 0.0), ("vector", 0.0, 1.0), ("hybrid", fusion.KeywordWeight, fusion.VectorWeight) })
        {
            var options = new HybridSearchOptions { CandidateDepth = fusion.CandidateDepth, RrfK = fusion.RrfK, KeywordWeight = keyword, VectorWeight = vector };
            var search = new HybridKnowledgeSearch(store, Options.Create(options), generator);
            var scores = await new RetrievalEvaluator(search, chunk => chunk.DocumentId).EvaluateAsync(dataset.Queries, dataset.Judgments);
            Console.WriteLine($"  {name,-8} {scores}");
        }

        Console.WriteLine($"  peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
    }

    public static KnowledgeStoreOptions StoreOptions(BenchmarkArguments args) => new()
    {
        TitleWeight = args.Number("title-weight", new KnowledgeStoreOptions().TitleWeight),
        TextWeight = args.Number("text-weight", new KnowledgeStoreOptions().TextWeight),
    };

    public static HybridSearchOptions FusionOptions(BenchmarkArguments args)
    {
        var defaults = new HybridSearchOptions();
        return new HybridSearchOptions
        {
            CandidateDepth = args.Count("depth", defaults.CandidateDepth),
            RrfK = args.Number("k", defaults.RrfK),
            KeywordWeight = args.Number("keyword-weight", defaults.KeywordWeight),
            VectorWeight = args.Number("vector-weight", defaults.VectorWeight),
        };
    }
}
