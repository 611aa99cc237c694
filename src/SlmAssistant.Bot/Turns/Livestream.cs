using System.Text.Json;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// One livestreamed answer: an informative typing activity first (its id becomes the stream id), then typing
/// activities with the text so far, throttled, each with the next sequence number. The final message concludes it.
/// </summary>
public sealed class Livestream(BotTurn turn, TimeSpan minimumInterval, TimeProvider time)
{
    public const string InformativeText = "Looking through our documents…";

    private int _sequence;
    private long _lastSentAt;
    private string _pendingText = string.Empty;
    private string _sentText = string.Empty;

    /// <summary>The id of the first activity; null until <see cref="StartAsync"/>.</summary>
    public string? StreamId { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var informative = new StreamInfo(StreamInfo.Informative, null, ++_sequence);
        StreamId = await turn.Sink.SendAsync(Create(informative, InformativeText), cancellationToken)
            ?? throw new InvalidOperationException("The channel gave no id to the first activity of a livestream.");
        _lastSentAt = time.GetTimestamp();
    }

    /// <summary>Records the text so far; sends it when the last update is old enough.</summary>
    public async Task UpdateAsync(string textSoFar, CancellationToken cancellationToken)
    {
        _pendingText = textSoFar;
        if (time.GetElapsedTime(_lastSentAt) >= minimumInterval)
        {
            await FlushAsync(cancellationToken);
        }
    }

    /// <summary>Sends the text recorded last unless it was sent already.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (StreamId is null)
        {
            throw new InvalidOperationException("The livestream was not started.");
        }

        if (_pendingText.Length == 0 || _pendingText == _sentText)
        {
            return;
        }

        await turn.Sink.SendAsync(Create(new StreamInfo(StreamInfo.Streaming, StreamId, ++_sequence), _pendingText), cancellationToken);
        _sentText = _pendingText;
        _lastSentAt = time.GetTimestamp();
    }

    private Activity Create(StreamInfo info, string text)
    {
        var activity = turn.CreateReply(ActivityTypes.Typing, text);
        activity.ChannelData = JsonSerializer.SerializeToElement(info.ToChannelData(), ProtocolJson.Options);
        activity.Entities = [info.ToEntity()];
        return activity;
    }
}
