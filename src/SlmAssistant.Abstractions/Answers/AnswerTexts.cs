namespace SlmAssistant.Abstractions.Answers;

/// <summary>The product's own words where no document speaks.</summary>
public static class AnswerTexts
{
    public const string NotFound = "I don't know the answer to that from our documents.";
}
