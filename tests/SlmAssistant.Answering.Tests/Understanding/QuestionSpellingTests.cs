using Microsoft.Extensions.DependencyInjection;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Tests.Support;

namespace SlmAssistant.Answering.Tests.Understanding;

/// <summary>Spelling against the repository's real knowledge and the embedding model's real WordPiece vocabulary.</summary>
public class QuestionSpellingTests(SampleKnowledgeFixture knowledge) : IClassFixture<SampleKnowledgeFixture>
{
    private IQuestionSpelling Spelling => knowledge.Harness.Services.GetRequiredService<IQuestionSpelling>();

    [Theory]
    [InlineData("Whats the return windo on a cast iron skillet?", "Whats the return window on a cast iron skillet?")]
    [InlineData("how long do i have to hang around after my tetanus vacine", "how long do i have to hang around after my tetanus vaccine")]
    public async Task ATypingSlipBecomesTheDocumentsWord(string question, string expected) =>
        Assert.Equal(expected, await Spelling.CorrectAsync(question));

    [Theory]
    [InlineData("Can I return a snowmobile?")]
    [InlineData("what's your return policy on guns and ammo?")]
    [InlineData("How long do I have to return hiking boots?")]
    public async Task AQuestionWithoutSlipsIsLeftAsAsked(string question) =>
        Assert.Null(await Spelling.CorrectAsync(question));
}
