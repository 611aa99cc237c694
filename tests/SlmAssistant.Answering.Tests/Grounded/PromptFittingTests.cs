using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Knowledge;
using SlmAssistant.Answering.Grounded;
using SlmAssistant.Answering.Tests.Support;
using SlmAssistant.Answering.Tracing;
using SlmAssistant.TestKit;
using Xunit.Abstractions;

namespace SlmAssistant.Answering.Tests.Grounded;

/// <summary>The grounded prompt fitted to a tiny model's 2,048-token context (the default Slm:MaxLength), counted with its tokenizer.</summary>
[Collection(UsesAnswerModels.Name)]
public sealed class PromptFittingTests(AnswerModels models, SampleKnowledgeFixture knowledge, ITestOutputHelper output) : IClassFixture<SampleKnowledgeFixture>
{
    private static readonly string[] EvalFiles = ["return-policy.jsonl", "medical.jsonl", "legal.jsonl", "unanswerable.jsonl"];

    [Fact]
    public async Task EveryRepresentativeEvalQuestionOverTheWholeKnowledgeIsAnsweredOrNotFound()
    {
        var logs = new RecordingLoggerProvider();
        await using var services = AnsweringServices.Create(models.SmallContext, knowledge.Harness.Search, logs: logs);
        var answers = services.GetRequiredService<IAnswerService>();
        var questions = RepresentativeQuestions();
        var fitted = 0;

        foreach (var (question, domain) in questions)
        {
            using var trace = AnswerTrace.Begin();
            var result = await AnswerStreams.AnswerAsync(answers, new AnswerRequest(question, domain));

            Assert.True(!result.Found || result.Answer.Length > 0, question);
            if (trace.PromptFit is { } fit)
            {
                Assert.InRange(fit.TokensAfter, 1, fit.BudgetTokens);
                fitted += fit.DroppedAnything ? 1 : 0;
                output.WriteLine($"{question} -> found {result.Found}; {fit.Summary}");
            }
        }

        Assert.True(questions.Count >= 20);
        Assert.True(fitted > 0, "The whole knowledge's sources overflow a 2,048-token context for some questions.");

        // The follow-up prompt is fitted too: no suggestion failed for want of room.
        Assert.DoesNotContain(logs.Warnings, warning => warning.Contains("No follow-up questions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ALongConversationsOlderTurnsAreDroppedBeforeAnySource()
    {
        await using var services = AnsweringServices.Create(models.SmallContext, new FixedKnowledgeSearch(SampleHits.ReturnPolicy));
        using var trace = AnswerTrace.Begin();
        var request = new AnswerRequest("and for electronics?", "return-policy")
        {
            History = [.. Enumerable.Range(1, 4).Select(i => new ConversationTurn(i % 2 == 1 ? ConversationTurn.User : ConversationTurn.Assistant, LongTurn(i)))],
        };

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), request);

        var fit = Assert.IsType<PromptFit>(trace.PromptFit);
        Assert.InRange(fit.DroppedTurns, 1, 3);
        Assert.Empty(fit.DroppedSources);
        Assert.Null(fit.TruncatedSource);
        var prompt = trace.Steps[0].RenderedPrompt!;
        Assert.DoesNotContain("Message 1 ", prompt, StringComparison.Ordinal);
        Assert.Contains("Message 4 ", prompt, StringComparison.Ordinal);
        Assert.All(SampleHits.ReturnPolicy, hit => Assert.Contains(hit.Chunk.Text, prompt, StringComparison.Ordinal));
        Assert.True(result.Found);
    }

    [Fact]
    public async Task TheTraceAndTheLogNameTheSourcesThatWereDroppedOrCut()
    {
        var logs = new RecordingLoggerProvider();
        IReadOnlyList<SearchHit> hits = [.. Enumerable.Range(1, 4).Select(LongHit)];
        await using var services = AnsweringServices.Create(models.SmallContext, new FixedKnowledgeSearch(hits), logs: logs);
        using var trace = AnswerTrace.Begin();

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), new AnswerRequest("What is the fee?", "return-policy"));

        var fit = Assert.IsType<PromptFit>(trace.PromptFit);
        Assert.Contains("[4] Fees 4 > Section 4", fit.DroppedSources);
        Assert.True(fit.TokensBefore > fit.BudgetTokens && fit.TokensAfter <= fit.BudgetTokens, fit.Summary);
        Assert.Contains("[4] Fees 4 > Section 4", fit.Summary, StringComparison.Ordinal);
        var prompt = trace.Steps[0].RenderedPrompt!;
        Assert.Contains(hits[0].Chunk.Text, prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("document 4", prompt, StringComparison.Ordinal);
        if (fit.TruncatedSource is { } cut)
        {
            // Cut at a sentence boundary: the kept text of the cut source ends with a whole sentence.
            var number = cut[1..cut.IndexOf(']', StringComparison.Ordinal)];
            Assert.Matches($@"document {number} says the fee is \d+ dollars\.(\n|$)", prompt);
        }

        Assert.Contains(logs.Information, line => line.Contains("dropped source(s) [4] Fees 4 > Section 4", StringComparison.Ordinal));
        Assert.Equal(AnswerMode.Slm, result.Mode);
    }

    [Fact]
    public async Task WithoutALocalModelNothingIsFitted()
    {
        await using var services = AnsweringServices.Create(null, new FixedKnowledgeSearch(SampleHits.ReturnPolicy));

        Assert.Null(services.GetService<ILocalPromptBudget>());
        Assert.False(services.GetRequiredService<GroundedPromptFitter>().IsEnabled);
    }

    /// <summary>Every tenth question of the in-scope and unanswerable eval sets, read from the repository.</summary>
    private static List<(string Question, string? Domain)> RepresentativeQuestions() =>
        [.. EvalFiles.SelectMany(file => File.ReadLines(Path.Combine(RepositoryPaths.EvalQuestions, file))
            .Where(line => line.Length > 0)
            .Where((_, index) => index % 10 == 0)
            .Select(line =>
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                return (root.GetProperty("question").GetString()!, root.TryGetProperty("domain", out var domain) ? domain.GetString() : null);
            }))];

    private static string LongTurn(int number) =>
        $"Message {number} " + string.Concat(Enumerable.Repeat("about the return of a jacket bought last spring. ", 7));

    private static SearchHit LongHit(int document) => SampleHits.Hit(
        "return-policy",
        $"fees-{document}",
        $"Fees {document}",
        $"Section {document}",
        string.Join(' ', Enumerable.Range(1, 12).Select(k => string.Create(CultureInfo.InvariantCulture, $"Sentence {k} of document {document} says the fee is {k} dollars."))));
}
