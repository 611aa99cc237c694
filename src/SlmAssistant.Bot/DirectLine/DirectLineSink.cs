using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Turns;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>The bot's replies into a Direct Line conversation; streams take livestream updates, so streaming is on.</summary>
public sealed class DirectLineSink(DirectLineChannel channel, string conversationId) : IActivitySink
{
    public bool SupportsStreaming => true;

    public bool DeliversEvents => true;

    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        await channel.SendFromBotAsync(conversationId, activity, cancellationToken);
}
