using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// How a channel's client renders replies. Web Chat (Direct Line, the Emulator) reads citations from Markdown link
/// definitions and opens a dialog with the claim's Markdown text; Teams reads only the entity and the [n] markers, and
/// shows buttons in cards.
/// </summary>
public enum ReplyStyle
{
    WebChat,
    Teams,
}

public static class ReplyStyles
{
    public const string TeamsChannelId = "msteams";

    public static ReplyStyle For(Activity incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return string.Equals(incoming.ChannelId, TeamsChannelId, StringComparison.OrdinalIgnoreCase) ? ReplyStyle.Teams : ReplyStyle.WebChat;
    }
}
