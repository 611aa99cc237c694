using System.Threading.Channels;

namespace SlmAssistant.Bot.DirectLine;

/// <summary>A stream's view of its conversation's new activities; disposing it stops them.</summary>
public sealed class DirectLineSubscription(ChannelReader<HubFrame> reader, Action unsubscribe) : IDisposable
{
    public ChannelReader<HubFrame> Reader => reader;

    public void Dispose() => unsubscribe();
}
