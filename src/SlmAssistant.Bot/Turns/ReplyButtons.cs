using System.Text.Json;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// Buttons under a reply, the way each client shows them: Web Chat as suggested actions (imBack); Teams in a hero card
/// with messageBack buttons, since a Teams client given suggested actions shows the message's Markdown (citations,
/// lists) as plain text.
/// </summary>
public static class ReplyButtons
{
    public const string HeroCardContentType = "application/vnd.microsoft.card.hero";

    /// <summary>
    /// The longest title a Teams hero card button shows whole (measured in the Agents Playground: "How do I refill a
    /// prescription?" fits, "Can I return opened electronics?" is cut). Longer ones are left out rather than cut.
    /// </summary>
    public const int TeamsTitleLength = 31;

    public static void Add(Activity reply, ReplyStyle style, IReadOnlyList<string> titles)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(titles);
        if (titles.Count == 0)
        {
            return;
        }

        if (style == ReplyStyle.Teams)
        {
            var buttons = titles.Where(t => t.Length <= TeamsTitleLength).Select(CardAction.MessageBack).ToList();
            if (buttons.Count == 0)
            {
                return;
            }

            var card = new Attachment(HeroCardContentType) { Content = JsonSerializer.SerializeToElement(new { buttons }, ProtocolJson.Options) };
            reply.Attachments = [.. reply.Attachments ?? [], card];
        }
        else
        {
            reply.SuggestedActions = new SuggestedActions([.. titles.Select(CardAction.ImBack)]);
        }
    }
}
