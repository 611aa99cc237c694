using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Composition;
using SlmAssistant.Answering.Extractive;
using SlmAssistant.Answering.FollowUps;
using SlmAssistant.Answering.Tests.Support;

namespace SlmAssistant.Answering.Tests.Extractive;

public class ExtractiveModeTests
{
    [Fact]
    public async Task WithoutALocalModelTheAnswerIsQuotedFromTheSourcesAtOnce()
    {
        await using var services = Create(SampleHits.ReturnPolicy);

        var (deltas, final, _) = await AnswerStreams.ReadAsync(services.GetRequiredService<IAnswerService>()
            .StreamAnswerAsync(new AnswerRequest("How long do I have to return electronics?", "return-policy")));

        Assert.IsType<ExtractiveComposer>(services.GetRequiredService<IAnswerComposer>());
        Assert.Equal(AnswerModes.Extractive, final.Mode);
        Assert.True(final.Found);
        Assert.Contains("30 days", final.Answer, StringComparison.Ordinal);
        Assert.Contains(SampleHits.ReturnPolicy[1].Citation, final.Citations);
        Assert.Equal([final.Answer], deltas);
        Assert.Null(final.Usage);
    }

    [Fact]
    public async Task FollowUpsAreTheDomainsOtherStarterQuestions()
    {
        await using var services = Create(SampleHits.ReturnPolicy);

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), new AnswerRequest("How long do I have to return electronics?", "return-policy"));

        Assert.IsType<StarterFollowUps>(services.GetRequiredService<IFollowUpSuggester>());
        // "Can I return opened electronics?" asks the same in other words and is left out.
        Assert.Equal(["Is there a restocking fee?", "When will I get my refund?"], result.FollowUpQuestions);
    }

    [Fact]
    public async Task WeakEvidenceGivesIDontKnowAndTheHandoff()
    {
        await using var services = Create(SampleHits.Weaken(SampleHits.Medical));

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), new AnswerRequest("Do you treat horses?"));

        Assert.False(result.Found);
        Assert.Equal($"{AnswerService.NotFoundText} {"Would you like me to connect you with our patient services team? You can also call (541) 555-0142, or the after-hours nurse line at (541) 555-0199."}", result.Answer);
        Assert.Equal("medical", result.Domain);
        Assert.Equal(AnswerModes.Extractive, result.Mode);
    }

    private static ServiceProvider Create(IReadOnlyList<Abstractions.Knowledge.SearchHit> hits) =>
        AnsweringServices.Create(
            model: null,
            new FixedKnowledgeSearch(hits),
            configure: services => services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>, ArcticXsEmbeddings>());
}
