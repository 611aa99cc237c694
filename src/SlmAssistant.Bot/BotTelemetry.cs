using System.Diagnostics;
using ProtocolActivity = SlmAssistant.Bot.Protocol.Activity;

namespace SlmAssistant.Bot;

/// <summary>
/// The bot turn's span: which channel brought the activity and its type. Never the message text or who sent it.
/// A turn run in the background after its request was answered stays in that request's trace. Without a listener no
/// span is created.
/// </summary>
public static class BotTelemetry
{
    public const string Name = "SlmAssistant.Bot";

    internal static readonly ActivitySource Source = new(Name);

    internal static Activity? StartTurn(ProtocolActivity activity)
    {
        var span = Source.StartActivity("slm.bot.turn");
        span?.SetTag("slm.bot.channel_id", activity.ChannelId);
        span?.SetTag("slm.bot.activity_type", activity.Type);
        return span;
    }
}
