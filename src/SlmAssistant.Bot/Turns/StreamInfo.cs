using System.Text.Json;
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

    /// <summary>
    /// Gives the opening activity of a livestream its own id as stream id, for channels that assign ids themselves.
    /// The protocol leaves it out (the sender learns the id only from the reply), but Web Chat 4.18 places a typing
    /// activity by the earlier ones with the same channelData.streamId: every opening activity without one matched the
    /// first turn's, so from the second question on each answer was drawn above the earlier ones.
    /// </summary>
    public static void StampOpening(Activity activity, string id)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("streamType", out _) && !data.TryGetProperty("streamId", out _))
        {
            var fields = data.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
            fields["streamId"] = id;
            activity.ChannelData = JsonSerializer.SerializeToElement(fields, ProtocolJson.Options);
        }

        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.Type == EntityType && !entity.Properties.ContainsKey("streamId"))
            {
                entity.Properties["streamId"] = JsonSerializer.SerializeToElement(id, ProtocolJson.Options);
            }
        }
    }
}
