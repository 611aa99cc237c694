using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Plugins;
using SlmAssistant.Answering.Tests.Support;
using SlmAssistant.Answering.Tracing;
using SlmAssistant.TestKit;
using SlmAssistant.Tools.TinyModel;

namespace SlmAssistant.Answering.Tests.Benchmarks;

/// <summary>
/// Throughput and time to first token of the full answer path (AnswerService → Semantic Kernel prompt rendering →
/// keyed "local" IChatClient → token loop → sentinel guard and citation rewriting → deltas) against a bare
/// <c>Generator</c> loop and against the chat client called directly, on the same tiny generated model in the same
/// process, iterations interleaved. Not a test (timings on shared machines assert nothing); call it, e.g. from a
/// scratch test or the CLI, in Release:
/// <code>Console.WriteLine(await AnswerPathBenchmark.RunAsync(iterations: 30));</code>
/// </summary>
public static class AnswerPathBenchmark
{
    private const int MaxOutputTokens = 256;

    /// <summary>About 200 reply tokens, under the Grounded function's max_tokens (256).</summary>
    private static readonly string Script = string.Join(' ', Enumerable.Range(1, 200).Select(i => $"step{i}")) + " [1].";

    public static async Task<AnswerPathFigures> RunAsync(int iterations = 20, int warmup = 3, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(iterations);
        using var folder = new TempDirectory("slm-bench");
        var model = TinyModelWriter.Write(folder.Combine("model"), new TinyModelOptions { Script = Script, AdapterScript = null, MaxLength = AnswerModels.MaxLength });
        await using var services = AnsweringServices.Create(
            model,
            new FixedKnowledgeSearch(SampleHits.ReturnPolicy),
            new Dictionary<string, string?> { ["Answering:FollowUps"] = "None" });
        var answers = services.GetRequiredService<IAnswerService>();
        var client = services.GetRequiredKeyedService<IChatClient>(LocalChatClient.ServiceKey);
        var request = new AnswerRequest("How long do I have to return electronics?", "return-policy");

        // The same messages for all three paths: those the Grounded function renders for the request.
        var (renderedPrompt, _) = await RunFullAsync(answers, request, cancellationToken);
        var messagesJson = BareGeneratorLoop.MessagesOf(renderedPrompt);
        using var bare = new BareGeneratorLoop(model.Directory, MaxOutputTokens);

        var runs = new Dictionary<string, List<PathRun>> { ["bare"] = [], ["client"] = [], ["full"] = [] };
        for (var i = 0; i < warmup + iterations; i++)
        {
            var bareRun = bare.Run(messagesJson);
            var clientRun = await RunClientAsync(client, messagesJson, cancellationToken);
            var (_, fullRun) = await RunFullAsync(answers, request, cancellationToken);
            if (i >= warmup)
            {
                runs["bare"].Add(bareRun);
                runs["client"].Add(clientRun);
                runs["full"].Add(fullRun);
            }
        }

        var work = runs.Values.Select(list => (list[0].InputTokens, list[0].OutputTokens)).Distinct().ToList();
        if (work.Count != 1)
        {
            throw new InvalidOperationException($"The paths did not do the same work (prompt, reply tokens): {string.Join("; ", work)}.");
        }

        return new AnswerPathFigures(
            iterations,
            work[0].InputTokens,
            work[0].OutputTokens,
            Median(runs["bare"], run => run.FirstToken),
            Median(runs["bare"], run => run.Total),
            Median(runs["client"], run => run.FirstToken),
            Median(runs["client"], run => run.Total),
            Median(runs["full"], run => run.FirstToken),
            Median(runs["full"], run => run.Total),
            Median(runs["full"], run => run.Render));
    }

    private static async Task<(string RenderedPrompt, PathRun Run)> RunFullAsync(IAnswerService answers, AnswerRequest request, CancellationToken cancellationToken)
    {
        using var trace = AnswerTrace.Begin();
        var started = Stopwatch.GetTimestamp();
        TimeSpan? firstToken = null;
        var lastToken = TimeSpan.Zero;
        AnswerResult? final = null;
        await foreach (var update in answers.StreamAnswerAsync(request, cancellationToken))
        {
            if (update.TextDelta is not null)
            {
                lastToken = Stopwatch.GetElapsedTime(started);
                firstToken ??= lastToken;
            }

            final = update.Final ?? final;
        }

        var step = trace.Steps.Single();
        var usage = final?.Usage ?? throw new InvalidOperationException("The answer reported no token usage.");
        return (step.RenderedPrompt!, new PathRun(firstToken ?? TimeSpan.Zero, lastToken, usage.InputTokens, usage.OutputTokens, step.RenderDuration ?? TimeSpan.Zero));
    }

    private static async Task<PathRun> RunClientAsync(IChatClient client, string messagesJson, CancellationToken cancellationToken)
    {
        var messages = JsonSerializer.Deserialize<List<Dictionary<string, string>>>(messagesJson)!
            .Select(message => new ChatMessage(new ChatRole(message["role"]), message["content"]))
            .ToList();
        var options = new ChatOptions { MaxOutputTokens = MaxOutputTokens, Temperature = 0f };
        var started = Stopwatch.GetTimestamp();
        TimeSpan? firstToken = null;
        var lastToken = TimeSpan.Zero;
        UsageDetails? usage = null;
        await foreach (var update in client.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            if (!string.IsNullOrEmpty(update.Text))
            {
                lastToken = Stopwatch.GetElapsedTime(started);
                firstToken ??= lastToken;
            }

            usage = update.Contents.OfType<UsageContent>().FirstOrDefault()?.Details ?? usage;
        }

        return new PathRun(firstToken ?? TimeSpan.Zero, lastToken, (int)(usage?.InputTokenCount ?? 0), (int)(usage?.OutputTokenCount ?? 0));
    }

    private static TimeSpan Median(List<PathRun> runs, Func<PathRun, TimeSpan> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
