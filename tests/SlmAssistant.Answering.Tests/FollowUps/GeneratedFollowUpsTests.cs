using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Composition;
using SlmAssistant.Answering.Domains;
using SlmAssistant.Answering.Extractive;
using SlmAssistant.Answering.FollowUps;
using SlmAssistant.Answering.Tests.Support;
using SlmAssistant.Answering.Tracing;

namespace SlmAssistant.Answering.Tests.FollowUps;

[Collection(UsesAnswerModels.Name)]
public sealed class GeneratedFollowUpsTests(AnswerModels models)
{
    [Fact]
    public async Task TheModelsSuggestionsComeWithTheAnswer()
    {
        await using var services = AnsweringServices.Create(models.FollowUps, new FixedKnowledgeSearch(SampleHits.ReturnPolicy));
        using var trace = AnswerTrace.Begin();

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), new AnswerRequest("Can I return opened electronics?", "return-policy"));

        Assert.Equal(["Is there a restocking fee?", "How do refunds work?"], result.FollowUpQuestions);
        Assert.Equal(["Answer.Grounded", "Answer.FollowUps"], trace.Steps.Select(step => step.Function));
        Assert.Contains("The customer asked: Can I return opened electronics?", trace.Steps[1].RenderedPrompt, StringComparison.Ordinal);
        Assert.NotNull(result.Usage);
        Assert.True(result.Usage.OutputTokens > 20, "Usage counts both generations.");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task ConstrainedDecodingParsesEvenWithRandomWeights(int seed)
    {
        var logs = new RecordingLoggerProvider();
        await using var services = AnsweringServices.Create(models.Random(seed), new FixedKnowledgeSearch(SampleHits.ReturnPolicy), logs: logs);
        var suggester = services.GetRequiredService<IFollowUpSuggester>();
        var context = Context(services, "How long do I have to return electronics?");

        var suggestions = await suggester.SuggestAsync(context, new AnswerDraft("Electronics can be returned within 30 days [1].", [], true, null))
            .WaitAsync(AnswerStreams.Timeout);

        Assert.IsType<GeneratedFollowUps>(suggester);
        Assert.Empty(logs.Warnings);
        Assert.InRange(suggestions.Questions.Count, 0, 3);
        Assert.All(suggestions.Questions, question => Assert.Matches(@"^[A-Z0-9][ -~]{1,88}\?$", question));
        Assert.NotNull(suggestions.Usage);
    }

    [Fact]
    public async Task AFailedSuggestionMeansNoSuggestionsNotAFailedAnswer()
    {
        using var plugins = PluginsCopy.WithFollowUpsMaxTokens(6);
        var logs = new RecordingLoggerProvider();
        await using var services = AnsweringServices.Create(
            models.FollowUps,
            new FixedKnowledgeSearch(SampleHits.ReturnPolicy),
            new Dictionary<string, string?> { ["Answering:PluginsDirectory"] = plugins.Path },
            logs: logs);

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), new AnswerRequest("Can I return opened electronics?", "return-policy"));

        Assert.True(result.Found);
        Assert.Empty(result.FollowUpQuestions);
        Assert.Contains(logs.Warnings, warning => warning.Contains("No follow-up questions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhenNothingIsFoundTheDomainsStarterQuestionsAreSuggested()
    {
        await using var services = AnsweringServices.Create(models.NotFound, new FixedKnowledgeSearch(SampleHits.ReturnPolicy));

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), new AnswerRequest("When will I get my refund?", "return-policy"));

        Assert.False(result.Found);
        Assert.Equal(["Is there a restocking fee?", "Can I return opened electronics?"], result.FollowUpQuestions);
    }

    [Theory]
    [InlineData("None")]
    [InlineData("Starters")]
    public async Task FollowUpsCanBeConfiguredAwayFromTheSecondGeneration(string mode)
    {
        await using var services = AnsweringServices.Create(models.FollowUps, new FixedKnowledgeSearch(SampleHits.ReturnPolicy), new Dictionary<string, string?> { ["Answering:FollowUps"] = mode });
        using var trace = AnswerTrace.Begin();

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), new AnswerRequest("Is there a restocking fee?", "return-policy"));

        Assert.Equal(["Answer.Grounded"], trace.Steps.Select(step => step.Function));
        Assert.Equal(
            mode == "None" ? [] : ["When will I get my refund?", "Can I return opened electronics?"],
            result.FollowUpQuestions);
    }

    private static AnswerContext Context(IServiceProvider services, string question)
    {
        var hits = SampleHits.ReturnPolicy;
        var evidence = new EvidenceAssessment(0.82, 1, true);
        return new AnswerContext(new AnswerRequest(question), question, hits, evidence, "return-policy", services.GetRequiredService<DomainCatalog>().Resolve("return-policy"));
    }
}
