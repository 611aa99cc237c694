using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Tests.Support;
using SlmAssistant.Answering.Tracing;

namespace SlmAssistant.Answering.Tests.Conversation;

[Collection(UsesAnswerModels.Name)]
public sealed class MultiTurnAnswerTests(AnswerModels models)
{
    [Fact]
    public async Task AFollowUpIsSearchedWithTheEarlierQuestionAndTheModelSeesTheConversation()
    {
        var search = new FixedKnowledgeSearch(SampleHits.ReturnPolicy);
        await using var services = AnsweringServices.Create(models.Cited, search);
        using var trace = AnswerTrace.Begin();
        var request = new AnswerRequest("and for electronics?", "return-policy")
        {
            History =
            [
                new(ConversationTurn.User, "How long do I have to return a jacket?"),
                new(ConversationTurn.Assistant, "Apparel can be returned within 60 days [1]."),
            ],
        };

        var result = await AnswerStreams.AnswerAsync(services.GetRequiredService<IAnswerService>(), request);

        Assert.Equal("How long do I have to return a jacket? and for electronics?", Assert.Single(search.Requests).Query);
        Assert.Equal("How long do I have to return a jacket? and for electronics?", trace.RetrievalQuery);
        var prompt = trace.Steps[0].RenderedPrompt;
        Assert.Contains("Customer: How long do I have to return a jacket?\nAssistant: Apparel can be returned within 60 days.\n\nQuestion: and for electronics?", prompt, StringComparison.Ordinal);
        Assert.True(result.Found);
    }
}
