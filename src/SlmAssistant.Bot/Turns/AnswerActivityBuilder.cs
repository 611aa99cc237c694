using System.Text.Json;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Bot.Handoff;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// Turns an answer into the one message the user sees: cited Markdown, entities, feedback buttons, and either the
/// answer's offer of a person as Yes/No buttons or its follow-up questions.
/// </summary>
public static class AnswerActivityBuilder
{
    public const int MaxFollowUps = 3;

    /// <param name="reply">A reply to the question (from <see cref="BotTurn.CreateReply"/>) that becomes the answer.</param>
    /// <param name="streamId">The livestream this message concludes, or null when the answer was not streamed.</param>
    /// <param name="fallbackUrl">The domain's public page, for citations whose document has no address of its own.</param>
    public static Activity Build(Activity reply, AnswerResult result, string answerId, string? streamId, ReplyStyle style, string? fallbackUrl)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(result);
        reply.Type = ActivityTypes.Message;

        // Teams renders the [n] markers from the entity alone; link definitions would show as text.
        reply.Text = style == ReplyStyle.Teams ? result.Answer : CitationMarkdown.AppendDefinitions(result.Answer, result.Citations);
        reply.TextFormat = "markdown";
        reply.Entities = [OrgSchemaMessage.Create(result, answerId, style, fallbackUrl)];

        // Teams shows its feedback buttons for feedbackLoopEnabled and sends a message/submitAction invoke.
        var channelData = new Dictionary<string, object?> { ["feedbackLoopEnabled"] = true };
        if (streamId is not null)
        {
            var final = new StreamInfo(StreamInfo.Final, streamId, null);
            reply.Entities.Add(final.ToEntity());
            foreach (var (name, value) in final.ToChannelData())
            {
                channelData[name] = value;
            }
        }

        reply.ChannelData = JsonSerializer.SerializeToElement(channelData, ProtocolJson.Options);
        ReplyButtons.Add(
            reply,
            style,
            result.Handoff is not null
                ? [HandoffReply.YesTitle, HandoffReply.NoTitle]
                : [.. result.FollowUpQuestions.Where(q => !string.IsNullOrWhiteSpace(q)).Take(MaxFollowUps)]);
        return reply;
    }
}
