using System.Text.Json;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Handoff;

/// <summary>
/// The event a human-agent channel picks up to take over a conversation, in the Bot Framework's handoff shape: name
/// "handoff.initiate", the context as value, the transcript as an attachment.
/// </summary>
public static class HandoffEvent
{
    public const string Name = "handoff.initiate";
    public const string TranscriptContentType = "application/vnd.microsoft.activity.transcript";

    public static Activity Create(Activity reply, HandoffContext context, IReadOnlyList<Activity> transcript)
    {
        ArgumentNullException.ThrowIfNull(reply);
        reply.Type = ActivityTypes.Event;
        reply.Name = Name;
        reply.Text = null;
        reply.Value = JsonSerializer.SerializeToElement(context, ProtocolJson.Options);
        reply.Attachments =
        [
            new Attachment(TranscriptContentType) { Content = JsonSerializer.SerializeToElement(new { activities = transcript }, ProtocolJson.Options) },
        ];
        return reply;
    }
}

/// <param name="Reason">"offerAccepted" or "customerRequest".</param>
public sealed record HandoffContext(string HandoffId, string? Domain, string Reason, string Summary, string? Contact);
