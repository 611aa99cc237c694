namespace SlmAssistant.Abstractions.Conversations;

public sealed record ConversationTranscript(ConversationSummary Summary, IReadOnlyList<ConversationMessage> Messages);
