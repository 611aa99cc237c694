using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Tests.Support;
using SlmAssistant.Answering.Tracing;

namespace SlmAssistant.Answering.Tests.Grounded;

[Collection(UsesAnswerModels.Name)]
public sealed class NotFoundTests(AnswerModels models)
{
    private const string Handoff = "Would you like me to connect you with our Customer Care team?";

    [Fact]
    public async Task TheSentinelBecomesIDontKnowWithTheHandoffAndIsNeverStreamed()
    {
        await using var services = AnsweringServices.Create(models.NotFound, new FixedKnowledgeSearch(SampleHits.ReturnPolicy));

        var (deltas, final, _) = await AnswerStreams.ReadAsync(services.GetRequiredService<IAnswerService>()
            .StreamAnswerAsync(new AnswerRequest("Do you price match?", "return-policy")));

        Assert.DoesNotContain(deltas, delta => delta.Contains("NOT", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith(AnswerService.NotFoundText, final.Answer, StringComparison.Ordinal);
        Assert.Contains(Handoff, final.Answer, StringComparison.Ordinal);
        Assert.Equal(final.Answer, string.Concat(deltas));
        Assert.Empty(final.Citations);
        Assert.False(final.Found);
        Assert.Equal(AnswerMode.Slm, final.Mode);
    }

    [Fact]
    public async Task ASentinelAfterSomeTextStillMeansNotFoundAndNeverReachesTheReader()
    {
        await using var services = AnsweringServices.Create(models.LateSentinel, new FixedKnowledgeSearch(SampleHits.ReturnPolicy));

        var (deltas, final, _) = await AnswerStreams.ReadAsync(services.GetRequiredService<IAnswerService>()
            .StreamAnswerAsync(new AnswerRequest("Do you price match?", "return-policy")));

        Assert.DoesNotContain("not_found", string.Concat(deltas), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith(AnswerService.NotFoundText, final.Answer, StringComparison.Ordinal);
        Assert.False(final.Found);
        Assert.Empty(final.Citations);
    }

    [Fact]
    public async Task AnAnswerThatIsEmptyOnceBadMarkersAreDroppedIsNotFound()
    {
        await using var services = AnsweringServices.Create(models.OnlyABadMarker, new FixedKnowledgeSearch(SampleHits.ReturnPolicy));

        var (deltas, final, _) = await AnswerStreams.ReadAsync(services.GetRequiredService<IAnswerService>()
            .StreamAnswerAsync(new AnswerRequest("Do you price match?", "return-policy")));

        Assert.False(final.Found);
        Assert.StartsWith(AnswerService.NotFoundText, final.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain("[7]", string.Concat(deltas), StringComparison.Ordinal);
        Assert.Empty(final.Citations);
    }

    [Fact]
    public async Task WeakEvidenceAnswersIDontKnowWithoutRunningTheModel()
    {
        await using var services = AnsweringServices.Create(models.Cited, new FixedKnowledgeSearch(SampleHits.Weaken(SampleHits.ReturnPolicy)));
        using var trace = AnswerTrace.Begin();

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), new AnswerRequest("What is the airspeed of a swallow?"));

        Assert.False(result.Found);
        Assert.StartsWith(AnswerService.NotFoundText, result.Answer, StringComparison.Ordinal);
        Assert.Contains(Handoff, result.Answer, StringComparison.Ordinal);
        Assert.Null(result.Usage);
        Assert.Empty(trace.Steps);
    }
}
