using System.Threading.Channels;
using Queue = System.Threading.Channels.Channel;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>Hands each new activity of a conversation to the WebSockets streaming that conversation.</summary>
public sealed class DirectLineHub
{
    private readonly Dictionary<string, List<Channel<HubFrame>>> _subscribers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public DirectLineSubscription Subscribe(string conversationId)
    {
        var channel = Queue.CreateUnbounded<HubFrame>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            if (!_subscribers.TryGetValue(conversationId, out var list))
            {
                _subscribers[conversationId] = list = [];
            }

            list.Add(channel);
        }

        return new DirectLineSubscription(channel.Reader, () => Unsubscribe(conversationId, channel));
    }

    /// <param name="watermark">The activity's place in the transcript; null for one that is not kept (typing).</param>
    public void Publish(string conversationId, Activity activity, long? watermark)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(conversationId, out var list))
            {
                foreach (var channel in list)
                {
                    channel.Writer.TryWrite(new HubFrame(activity, watermark));
                }
            }
        }
    }

    public int SubscriberCount(string conversationId)
    {
        lock (_gate)
        {
            return _subscribers.TryGetValue(conversationId, out var list) ? list.Count : 0;
        }
    }

    private void Unsubscribe(string conversationId, Channel<HubFrame> channel)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(conversationId, out var list) && list.Remove(channel) && list.Count == 0)
            {
                _subscribers.Remove(conversationId);
            }
        }

        channel.Writer.TryComplete();
    }
}
