namespace SlmAssistant.Bot.Protocol;

public static class DeliveryModes
{
    public const string Normal = "normal";

    /// <summary>The caller wants the replies in the HTTP response body instead of posted back to its service URL.</summary>
    public const string ExpectReplies = "expectReplies";
}
