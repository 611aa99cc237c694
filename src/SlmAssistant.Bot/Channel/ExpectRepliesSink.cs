using System.Collections.Concurrent;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;
using SlmAssistant.Bot.Turns;

namespace SlmAssistant.Bot.Channel;

/// <summary>Replies kept for the HTTP response (deliveryMode "expectReplies"), and recorded in the transcript.</summary>
public sealed class ExpectRepliesSink(IConversationStore store, string conversationId) : IActivitySink
{
    private readonly ConcurrentQueue<Activity> _replies = new();

    /// <summary>The caller reads all replies at once: typing and interim updates would only be noise.</summary>
    public bool SupportsStreaming => false;

    public bool DeliversEvents => true;

    public IReadOnlyList<Activity> Replies => [.. _replies];

    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        activity.Id ??= Guid.NewGuid().ToString("N");
        if (activity.Type == ActivityTypes.Typing)
        {
            return activity.Id;
        }

        await store.AppendAsync(conversationId, activity, ActivityDirection.Outgoing, cancellationToken);
        _replies.Enqueue(activity);
        return activity.Id;
    }
}
