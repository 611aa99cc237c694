namespace SlmAssistant.Abstractions.Documents;

/// <summary>Counts tokens the way the embedding model's tokenizer does, so chunk budgets are exact.</summary>
public interface ITokenCounter
{
    int CountTokens(string text);
}
