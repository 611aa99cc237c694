using System.Text.Json;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Answering.Conversation;
using SlmAssistant.TestKit;

namespace SlmAssistant.Answering.Tests.Conversation;

public class RetrievalQueryTests
{
    public static TheoryData<string, string> EvalFollowUps()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.EvalQuestions, "follow-ups.jsonl")).Where(line => line.Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var turns = json.RootElement.GetProperty("turns").EnumerateArray().Select(turn => turn.GetString()!).ToList();
            data.Add(turns[0], turns[1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EvalFollowUps))]
    public void AnEvalFollowUpSearchesWithTheQuestionItContinues(string first, string followUp)
    {
        var request = new AnswerRequest(followUp) { History = [new(ConversationTurn.User, first), new(ConversationTurn.Assistant, "An answer [1].")] };

        Assert.Equal($"{first} {followUp}", RetrievalQuery.For(request));
    }

    [Theory]
    [InlineData("return-policy.jsonl")]
    [InlineData("medical.jsonl")]
    [InlineData("legal.jsonl")]
    public void InScopeEvalQuestionsStandOnTheirOwn(string file)
    {
        var questions = File.ReadLines(Path.Combine(RepositoryPaths.EvalQuestions, file))
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!)
            .ToList();

        Assert.True(questions.Count > 50);
        Assert.DoesNotContain(questions, EllipticalQuestion.IsElliptical);
    }

    [Fact]
    public void WithoutHistoryTheQuestionIsSearchedAsAsked()
    {
        Assert.Equal("and for electronics?", RetrievalQuery.For(new AnswerRequest(" and for electronics? ")));
    }

    [Fact]
    public void AChainOfFollowUpsKeepsTheQuestionThatSetTheSubject()
    {
        var request = new AnswerRequest("what about kayaks?")
        {
            History =
            [
                new(ConversationTurn.User, "What's the restocking fee on opened electronics?"),
                new(ConversationTurn.Assistant, "15% [1]."),
                new(ConversationTurn.User, "and for bikes?"),
                new(ConversationTurn.Assistant, "10% [1]."),
            ],
        };

        Assert.Equal("What's the restocking fee on opened electronics? what about kayaks?", RetrievalQuery.For(request));
    }

    [Fact]
    public void AStandaloneQuestionIgnoresTheHistory()
    {
        var request = new AnswerRequest("How do I request deletion of my data?") { History = [new(ConversationTurn.User, "Can I opt out of arbitration?")] };

        Assert.Equal("How do I request deletion of my data?", RetrievalQuery.For(request));
    }
}
