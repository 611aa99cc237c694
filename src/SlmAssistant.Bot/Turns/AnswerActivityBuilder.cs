using System.Text.Json;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>Turns an answer into the message the user sees: cited Markdown, entities, follow-ups, feedback buttons.</summary>
public static class AnswerActivityBuilder
{
    public const int MaxFollowUps = 3;

    /// <param name="reply">A reply to the question (from <see cref="BotTurn.CreateReply"/>) that becomes the answer.</param>
    /// <param name="streamId">The livestream this message concludes, or null when the answer was not streamed.</param>
    public static Activity Build(Activity reply, AnswerResult result, string answerId, string? streamId)
    {
        reply.Type = ActivityTypes.Message;
        reply.Text = CitationMarkdown.AppendDefinitions(result.Answer, result.Citations);
        reply.TextFormat = "markdown";
        reply.Entities = [OrgSchemaMessage.Create(result, answerId)];

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
        var followUps = result.FollowUpQuestions.Where(q => !string.IsNullOrWhiteSpace(q)).Take(MaxFollowUps).ToList();
        if (followUps.Count > 0)
        {
            reply.SuggestedActions = new SuggestedActions(followUps.Select(CardAction.ImBack).ToList());
        }

        return reply;
    }
}
