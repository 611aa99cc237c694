using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntimeGenAI;

namespace SlmAssistant.Cli.Bench;

/// <summary>
/// Generation throughput and time to first token at a concurrency, through the product's local chat client
/// (<c>sequential</c>: today's path, one generation at a time per <c>Slm:MaxConcurrentGenerations</c> slot) and through
/// a bare ONNX Runtime GenAI generator loop on the same model (<c>bare</c>: one generator per request, on its own
/// thread, no product code), so the product's overhead is measured against what the library alone does.
/// </summary>
public static class GenerateBench
{
    public const string Prompt = "A customer asks: how many days do I have to return an item? Answer in one sentence.";

    public static async Task<GenerateRun> ProductAsync(IChatClient client, int concurrency, int requests, int tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var firsts = new ConcurrentBag<double>();
        long output = 0;
        var options = new ChatOptions { MaxOutputTokens = tokens, Temperature = 0 };
        var clock = Stopwatch.StartNew();
        await RunAsync(concurrency, requests, async () =>
        {
            var started = Stopwatch.GetTimestamp();
            var first = true;
            await foreach (var update in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, Prompt)], options, cancellationToken))
            {
                if (first && update.Text.Length > 0)
                {
                    firsts.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    first = false;
                }

                foreach (var usage in update.Contents.OfType<UsageContent>())
                {
                    Interlocked.Add(ref output, usage.Details.OutputTokenCount ?? 0);
                }
            }
        });
        return Result("sequential", concurrency, requests, output, clock.Elapsed, firsts);
    }

    public static async Task<GenerateRun> BareAsync(Model model, Tokenizer tokenizer, int concurrency, int requests, int tokens)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var firsts = new ConcurrentBag<double>();
        long output = 0;
        var clock = Stopwatch.StartNew();
        await RunAsync(concurrency, requests, () => Task.Factory.StartNew(() =>
        {
            var started = Stopwatch.GetTimestamp();
            using var sequences = tokenizer.Encode(Prompt);
            using var parameters = new GeneratorParams(model);
            parameters.SetSearchOption("max_length", sequences[0].Length + tokens);
            parameters.SetSearchOption("do_sample", false);
            parameters.SetSearchOption("random_seed", 1);
            using var generator = new Generator(model, parameters);
            generator.AppendTokenSequences(sequences);
            var generated = 0;
            while (!generator.IsDone())
            {
                generator.GenerateNextToken();
                if (generated++ == 0)
                {
                    firsts.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            Interlocked.Add(ref output, generated);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        return Result("bare", concurrency, requests, output, clock.Elapsed, firsts);
    }

    // Requests in waves of `concurrency` in flight at once, until `requests` have run.
    private static async Task RunAsync(int concurrency, int requests, Func<Task> request)
    {
        var next = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= requests)
            {
                await request();
            }
        });
        await Task.WhenAll(workers);
    }

    private static GenerateRun Result(string mode, int concurrency, int requests, long output, TimeSpan elapsed, ConcurrentBag<double> firsts)
    {
        var sorted = firsts.Order().ToArray();
        using var process = Process.GetCurrentProcess();
        return new GenerateRun(
            mode,
            concurrency,
            requests,
            output,
            Math.Round(output / elapsed.TotalSeconds, 1),
            Math.Round(Percentile(sorted, 0.5), 2),
            Math.Round(Percentile(sorted, 0.95), 2),
            Math.Round(process.WorkingSet64 / 1048576.0, 1));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
