namespace SlmAssistant.Admin.Features.Conversations;

public sealed record ConversationTranscript(ConversationSummary Summary, IReadOnlyList<ConversationMessage> Messages);
