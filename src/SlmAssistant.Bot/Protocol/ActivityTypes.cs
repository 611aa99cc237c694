namespace SlmAssistant.Bot.Protocol;

/// <summary>The values of <see cref="Activity.Type"/> this bot acts on.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string EndOfConversation = "endOfConversation";
}
