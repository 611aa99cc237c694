namespace SlmAssistant.Abstractions.Answers;

/// <summary>
/// The room the local model leaves for a prompt, counted with the model's own tokenizer. Registered only with a local
/// model; without one nothing is fitted (extractive answers have no prompt).
/// </summary>
public interface ILocalPromptBudget
{
    /// <summary>Tokens a prompt may take so that a reply of <paramref name="replyTokens"/> still fits the model's context.</summary>
    /// <param name="replyTokens">The reply's token cap; <see langword="null"/> for the local model's default.</param>
    int PromptTokens(int? replyTokens);

    /// <summary>How many tokens the model's tokenizer makes of <paramref name="text"/>.</summary>
    int CountTokens(string text);
}
