using SlmAssistant.Routing.Redaction;

namespace SlmAssistant.Routing.Tests.Redaction;

/// <summary>tests/eval/personal-data.jsonl: every listed value must be gone, and be recognised as what it is.</summary>
public sealed class PersonalDataEvalTests
{
    private readonly PiiRedactor _redactor = new();

    public static TheoryData<string> QuestionIds()
    {
        var data = new TheoryData<string>();
        foreach (var question in PersonalDataQuestion.Load())
        {
            data.Add(question.Id);
        }

        return data;
    }

    [Fact]
    public void TheEvalSetHasThirtyQuestionsWithPersonalData()
    {
        var questions = PersonalDataQuestion.Load();

        Assert.Equal(30, questions.Count);
        Assert.All(questions, q => Assert.NotEmpty(q.Pii));
    }

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void EveryListedValueIsGoneAfterRedaction(string id)
    {
        var question = PersonalDataQuestion.Load().Single(q => q.Id == id);

        var result = _redactor.Redact(question.Question);

        foreach (var pii in question.Pii)
        {
            Assert.DoesNotContain(pii.Value, result.Text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(result.Entities, e => e.Type == pii.Type && result.Placeholders[e.Placeholder] == pii.Value);
        }
    }

    [Theory]
    [MemberData(nameof(QuestionIds))]
    public void RestoringTheRedactedQuestionGivesBackTheOriginal(string id)
    {
        var question = PersonalDataQuestion.Load().Single(q => q.Id == id);

        var result = _redactor.Redact(question.Question);

        Assert.Equal(question.Question, _redactor.Restore(result.Text, result.Placeholders));
    }
}
