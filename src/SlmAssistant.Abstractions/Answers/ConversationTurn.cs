namespace SlmAssistant.Abstractions.Answers;

/// <summary>One earlier message of the conversation, oldest first in <see cref="AnswerRequest.History"/>.</summary>
/// <param name="Role">"user" or "assistant".</param>
public sealed record ConversationTurn(string Role, string Text)
{
    public const string User = "user";
    public const string Assistant = "assistant";
}
