using Microsoft.Extensions.Logging;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// The bot: acts on one incoming activity whatever channel brought it. Messages are answered, joining users greeted,
/// feedback stored with the answer it judges; events are acknowledged and anything else ignored.
/// </summary>
public sealed class CustomerServiceBot(
    MessageTurnHandler messages,
    WelcomeBuilder welcome,
    IConversationStore store,
    TimeProvider time,
    ILogger<CustomerServiceBot> logger)
{
    /// <returns>The invoke response for an invoke activity; null for every other type.</returns>
    public async Task<InvokeResponse?> OnTurnAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        using var span = BotTelemetry.StartTurn(activity);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await messages.HandleAsync(turn, cancellationToken);
                return null;

            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true:
                await turn.Sink.SendAsync(welcome.Build(turn), cancellationToken);
                return null;

            case ActivityTypes.Invoke when activity.Name == FeedbackParser.SubmitActionInvoke:
                return FeedbackParser.FromSubmitAction(activity) is { } feedback
                    ? await StoreAsync(turn, feedback, cancellationToken)
                    : new InvokeResponse(400, new { error = "Expected value.actionName \"feedback\" and value.actionValue.reaction like or dislike." });

            case ActivityTypes.Invoke:
                logger.LogInformation("Invoke {Name} is not supported", activity.Name);
                return new InvokeResponse(501, new { error = $"Invoke '{activity.Name}' is not supported." });

            case ActivityTypes.Event when activity.Name == FeedbackParser.WebChatFeedbackEvent:
                if (FeedbackParser.FromWebChatEvent(activity) is { } vote)
                {
                    await StoreAsync(turn, vote, cancellationToken);
                }

                return null;

            default:
                // Events, typing, endOfConversation and types added later: acknowledged, nothing to do.
                return null;
        }
    }

    private async Task<InvokeResponse> StoreAsync(BotTurn turn, Feedback feedback, CancellationToken cancellationToken)
    {
        var conversationId = turn.Conversation.Id;
        var answer = await store.FindAnswerAsync(conversationId, feedback.AnswerId, feedback.ActivityId, cancellationToken);
        if (answer is null)
        {
            logger.LogWarning("Feedback in conversation {ConversationId} names no known answer", conversationId);
        }

        await store.SaveFeedbackAsync(
            new FeedbackRecord(
                conversationId, answer?.AnswerId, answer?.ActivityId ?? feedback.ActivityId, feedback.Reaction, feedback.Comment, time.GetUtcNow()),
            cancellationToken);
        return InvokeResponse.Ok();
    }
}
