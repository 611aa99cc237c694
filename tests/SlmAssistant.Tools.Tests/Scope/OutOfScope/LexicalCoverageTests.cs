using SlmAssistant.TestKit.Scope;
using SlmAssistant.Tools.Scope.OutOfScope;

namespace SlmAssistant.Tools.Tests.Scope.OutOfScope;

public class LexicalCoverageTests
{
    private static readonly LexicalCoverage Lexicon = LexicalCoverage.Build(
        ShopExemplars.All.Select(e => e.Text).ToList(),
        ShopExemplars.All.Select(e => e.Label).ToList());

    [Fact]
    public void WordsOfTheLabelsOwnExemplarsAreCovered()
    {
        var (label, any) = Lexicon.Coverage("When is my bill due?", "billing");

        Assert.True(label > 0.7, $"label {label:F3}");
        Assert.True(any >= label);
    }

    [Fact]
    public void AQuestionAboutSomethingNoExemplarMentionsIsCoveredLess()
    {
        var related = Lexicon.Coverage("Can I pay with a credit card?", "billing");
        var unrelated = Lexicon.Coverage("Who discovered penicillin?", "billing");

        Assert.True(unrelated.Label < related.Label - 0.4, $"unrelated {unrelated.Label:F3}, related {related.Label:F3}");
        Assert.True(unrelated.Any < related.Any - 0.4, $"unrelated {unrelated.Any:F3}, related {related.Any:F3}");
    }

    [Fact]
    public void AnotherLabelsWordsCountForAnyButNotForTheLabel()
    {
        var (label, any) = Lexicon.Coverage("delivery address", "billing");

        Assert.Equal(0f, label);
        Assert.Equal(1f, any);
    }

    [Fact]
    public void WordsAreLowerCasedRunsOfLettersDigitsAndApostrophes()
    {
        Assert.Equal(["what's", "my", "pin", "2024"], LexicalCoverage.Words("What's my PIN, 2024?"));
    }
}
