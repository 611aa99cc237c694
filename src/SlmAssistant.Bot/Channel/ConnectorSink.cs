using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Turns;

namespace SlmAssistant.Bot.Channel;

/// <summary>Replies posted to the channel's connector, and recorded in the transcript (typing aside) once it took them.</summary>
public sealed class ConnectorSink(ConnectorClient connector, IConversationStore store, string conversationId, bool supportsStreaming)
    : IActivitySink
{
    public bool SupportsStreaming => supportsStreaming;

    // The Bot Connector service takes messages and typing; an event is kept in the transcript instead.
    public bool DeliversEvents => false;

    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        var id = await connector.SendAsync(activity, cancellationToken);
        if (activity.Type != ActivityTypes.Typing)
        {
            activity.Id = id ?? Guid.NewGuid().ToString("N");
            await store.AppendAsync(conversationId, activity, ActivityDirection.Outgoing, cancellationToken);
        }

        return id;
    }
}
