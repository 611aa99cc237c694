using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Tests.Support;

namespace SlmAssistant.Answering.Tests.Grounded;

[Collection(UsesAnswerModels.Name)]
public sealed class GroundedAnswerTests(AnswerModels models)
{
    [Fact]
    public async Task TheModelWritesTheAnswerAndItsMarkerMapsToTheCitedSource()
    {
        await using var services = AnsweringServices.Create(models.Cited, new FixedKnowledgeSearch(SampleHits.ReturnPolicy));

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), new AnswerRequest("How long do I have to return electronics?", "return-policy"));

        // The model cited [2], the second source; it is the only one cited, so it is renumbered [1].
        Assert.Equal("Electronics can be returned within 30 days [1].", result.Answer);
        Assert.Equal([SampleHits.ReturnPolicy[1].Citation], result.Citations);
        Assert.Equal(AnswerMode.Slm, result.Mode);
        Assert.Equal(Route.Local, result.Route);
        Assert.Equal("return-policy", result.Domain);
        Assert.True(result.Found);
        Assert.NotNull(result.Usage);
        Assert.True(result.Usage.InputTokens > 100, "The prompt carries the sources.");
        Assert.True(result.Usage.OutputTokens > 0);
    }

    [Fact]
    public async Task MedicalAnswersEndWithTheDisclaimer()
    {
        await using var services = AnsweringServices.Create(models.Cited, new FixedKnowledgeSearch(SampleHits.Medical));

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), new AnswerRequest("How long does a refill take?", "medical"));

        Assert.StartsWith(AnswerModels.MedicalAnswer, result.Answer, StringComparison.Ordinal);
        Assert.EndsWith("\n\nThis is general information from the clinic, not medical advice. If this is an emergency, call 911.", result.Answer, StringComparison.Ordinal);
        Assert.Equal([SampleHits.Medical[0].Citation], result.Citations);
    }

    [Theory]
    [InlineData("medical", AnswerModels.MedicalAnswer)]
    [InlineData(null, AnswerModels.MedicalAnswer)]
    [InlineData("return-policy", "Electronics can be returned within 30 days [1].")]
    public async Task TheDomainsAdapterIsActiveForItsAnswers(string? requestedDomain, string expectedStart)
    {
        // Without a requested domain, the top hit's domain chooses the adapter.
        var hits = requestedDomain == "return-policy" ? SampleHits.ReturnPolicy : SampleHits.Medical;
        await using var services = AnsweringServices.Create(models.Cited, new FixedKnowledgeSearch(hits));

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), new AnswerRequest("How long does it take?", requestedDomain));

        Assert.StartsWith(expectedStart, result.Answer, StringComparison.Ordinal);
        Assert.Equal(hits[0].Chunk.Domain, result.Domain);
    }

    [Fact]
    public async Task ADomainWithoutAConfiguredAdapterUsesTheBaseModel()
    {
        await using var services = AnsweringServices.Create(models.Cited, new FixedKnowledgeSearch(SampleHits.Medical), withAdapter: false);

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), new AnswerRequest("How long does a refill take?", "medical"));

        // The base script cites [2], which is the lab results source here.
        Assert.StartsWith("Electronics can be returned within 30 days [1].", result.Answer, StringComparison.Ordinal);
        Assert.Equal([SampleHits.Medical[1].Citation], result.Citations);
    }
}
