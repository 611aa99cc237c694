using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// The livestreaming fields of one activity. Web Chat 4.17+ reads them from channelData (streamType, streamSequence,
/// streamId); Teams and newer Web Chat read the same fields from an entity of type "streaminfo". Both are written.
/// </summary>
public sealed record StreamInfo(string StreamType, string? StreamId, int? StreamSequence)
{
    public const string EntityType = "streaminfo";
    public const string Informative = "informative";
    public const string Streaming = "streaming";
    public const string Final = "final";

    public Dictionary<string, object?> ToChannelData()
    {
        var fields = new Dictionary<string, object?> { ["streamType"] = StreamType };
        if (StreamId is not null)
        {
            fields["streamId"] = StreamId;
        }

        if (StreamSequence is not null)
        {
            fields["streamSequence"] = StreamSequence;
        }

        return fields;
    }

    public Entity ToEntity() => Entity.Create(EntityType, ToChannelData());
}
