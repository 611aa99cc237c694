using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Composition;
using SlmAssistant.Answering.Extractive;
using SlmAssistant.Answering.FollowUps;
using SlmAssistant.Answering.Tests.Support;
using SlmAssistant.Answering.Tracing;

namespace SlmAssistant.Answering.Tests.Extractive;

/// <summary>The extractive answer over the repository's real knowledge: real store, stored sentence vectors, real embeddings.</summary>
public class ExtractiveModeTests(SampleKnowledgeFixture knowledge) : IClassFixture<SampleKnowledgeFixture>
{
    private IAnswerService Answers => knowledge.Harness.Answers;

    [Fact]
    public async Task WithoutALocalModelTheAnswerLeadsWithTheFactAndIsQuotedAtOnce()
    {
        var (deltas, final, _) = await AnswerStreams.ReadAsync(Answers.StreamAnswerAsync(new AnswerRequest("How long do I have to return hiking boots?", "return-policy")));

        Assert.IsType<ExtractiveComposer>(knowledge.Harness.Services.GetRequiredService<IAnswerComposer>());
        Assert.Equal(AnswerMode.Extractive, final.Mode);
        Assert.True(final.Found);
        Assert.Contains("60 days", final.Answer, StringComparison.Ordinal);
        // Named below its domain folder, whatever directory the corpus was ingested from.
        Assert.Equal("return-policy/return-windows.md", final.Citations[0].Source);
        Assert.Equal([final.Answer], deltas);
        Assert.Null(final.Usage);
        Assert.InRange(Words(final.Answer), 3, 60);
    }

    [Fact]
    public async Task FollowUpsAreTheDomainsOtherStarterQuestions()
    {
        var result = await AnswerStreams.AnswerAsync(Answers, new AnswerRequest("How long do I have to return electronics?", "return-policy"));

        Assert.IsType<StarterFollowUps>(knowledge.Harness.Services.GetRequiredService<IFollowUpSuggester>());
        // "Can I return opened electronics?" asks the same in other words and is left out.
        Assert.Equal(["Is there a restocking fee?", "When will I get my refund?"], result.FollowUpQuestions);
    }

    [Fact]
    public async Task ASubjectTheDocumentsNeverMentionGetsIDontKnowAndTheHandoff()
    {
        using var trace = AnswerTrace.Begin();

        var result = await AnswerStreams.AnswerAsync(Answers, new AnswerRequest("Can I return a jet ski?", "return-policy"));

        Assert.False(result.Found, result.Answer);
        Assert.StartsWith(AnswerService.NotFoundText, result.Answer, StringComparison.Ordinal);
        Assert.Contains("Customer Care team?", result.Answer, StringComparison.Ordinal);
        Assert.NotNull(result.Handoff);
        Assert.Contains(trace.Composition!.OutOfVocabulary, w => w.Word == "jet");
    }

    [Fact]
    public async Task AnAmountTheDocumentsDoNotStateIsNotAnswered()
    {
        using var trace = AnswerTrace.Begin();

        var result = await AnswerStreams.AnswerAsync(Answers, new AnswerRequest("What is the fee for a controlled substance agreement?", "medical"));

        Assert.False(result.Found, result.Answer);
        Assert.StartsWith("no amount", trace.Composition!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWordTheDocumentsSayDifferentlyIsMatchedByMeaningInTheAnswer()
    {
        using var trace = AnswerTrace.Begin();

        var result = await AnswerStreams.AnswerAsync(Answers, new AnswerRequest("whats the yearly fee for the paid tier of pine club?", "return-policy"));

        Assert.True(result.Found, result.Answer);
        Assert.Contains("$49 per year", result.Answer, StringComparison.Ordinal);
        Assert.All(trace.Composition!.OutOfVocabulary, w => Assert.True(w.InAnswer >= 0.8, $"{w.Word}: {w.InAnswer}"));
    }

    [Fact]
    public async Task AMisspeltWordStillFindsItsPassage()
    {
        var result = await AnswerStreams.AnswerAsync(Answers, new AnswerRequest("can i return something without a reciept?", "return-policy"));

        Assert.True(result.Found, result.Answer);
        Assert.Contains(result.Citations, c => c.Source.EndsWith("receipts-and-gift-returns.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATableRowIsQuotedAsASentence()
    {
        var result = await AnswerStreams.AnswerAsync(Answers, new AnswerRequest("What happens if I exchange for the same item in a different size?", "return-policy"));

        Assert.True(result.Found, result.Answer);
        Assert.Contains("Even exchange at no cost", result.Answer, StringComparison.Ordinal);
        Assert.DoesNotContain(" | ", result.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SentencesComeFromOneDomainOnly()
    {
        var result = await AnswerStreams.AnswerAsync(Answers, new AnswerRequest("How long do I have to report a data breach?"));

        Assert.True(result.Found, result.Answer);
        Assert.Single(result.Citations.Select(c => c.Source.Split('/')[1]).Distinct());
    }

    private static int Words(string answer) => answer.Split("\n\n")[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
