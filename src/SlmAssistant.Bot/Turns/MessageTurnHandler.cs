using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SlmAssistant.Abstractions.Answers;
using SlmAssistant.Abstractions.Domains;
using SlmAssistant.Bot.Conversations;
using SlmAssistant.Bot.Handoff;
using SlmAssistant.Bot.Protocol;

namespace SlmAssistant.Bot.Turns;

/// <summary>
/// Answers a user's message: typing first, then the answer (livestreamed where the channel shows it) as one message,
/// with Yes/No buttons when it offers a person. A yes or no to that offer is acted on instead of answered; a request
/// for a person starts the handoff. The answer is recorded so feedback can refer to it.
/// </summary>
public sealed partial class MessageTurnHandler(
    IAnswerService answers,
    IConversationStore store,
    IDomainCatalog domains,
    HandoffCoordinator handoffs,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<MessageTurnHandler> logger)
{
    public const string ErrorText = "Sorry, something went wrong while I was looking that up. Please try again in a moment.";

    public async Task HandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var question = Clean(turn.Activity.Text);
        if (question.Length == 0)
        {
            return;
        }

        if (HandoffReply.Parse(question) is { } accepted && await store.FindOpenOfferAsync(turn.Conversation.Id, cancellationToken) is { } offer)
        {
            await handoffs.AnswerOfferAsync(turn, offer, accepted, cancellationToken);
            return;
        }

        var history = await store.GetHistoryAsync(turn.Conversation.Id, turn.Watermark, options.Value.HistoryTurns, cancellationToken);
        var request = new AnswerRequest(question, turn.Conversation.Domain ?? options.Value.DefaultDomain) { History = history };
        Livestream? stream = null;
        AnswerResult result;
        try
        {
            if (turn.Sink.SupportsStreaming)
            {
                stream = new Livestream(turn, StreamingInterval(turn), time);
                await stream.StartAsync(cancellationToken);
                result = await StreamAsync(request, stream, cancellationToken);
            }
            else
            {
                await turn.Sink.SendAsync(turn.CreateReply(ActivityTypes.Typing), cancellationToken);
                result = await answers.AnswerAsync(request, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Answering a message in conversation {ConversationId} failed", turn.Conversation.Id);
            await turn.Sink.SendAsync(ErrorReply(turn, stream?.StreamId), cancellationToken);
            return;
        }

        var answerId = Guid.NewGuid().ToString("N");
        var domain = result.Domain ?? request.Domain;
        var message = AnswerActivityBuilder.Build(
            turn.CreateReply(ActivityTypes.Message), result, answerId, stream?.StreamId, ReplyStyles.For(turn.Activity), domains.Find(domain)?.Url);
        var activityId = await turn.Sink.SendAsync(message, cancellationToken);
        await store.SaveAnswerAsync(
            new AnswerRecord(
                answerId, turn.Conversation.Id, activityId, question, result.Answer, result.Route.ToWire(), result.Mode.ToWire(), result.Domain,
                result.Confidence, result.Found, result.Citations, time.GetUtcNow()),
            cancellationToken);

        if (result.Route == Route.Handoff)
        {
            await handoffs.StartRequestedAsync(turn, answerId, domain, cancellationToken);
        }
        else if (result.Handoff is { } handoffOffer)
        {
            await handoffs.RecordOfferAsync(turn, answerId, handoffOffer, cancellationToken);
        }
    }

    private async Task<AnswerResult> StreamAsync(AnswerRequest request, Livestream stream, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var deltas = 0;
        await foreach (var update in answers.StreamAnswerAsync(request, cancellationToken))
        {
            if (update.Final is { } final)
            {
                return final;
            }

            if (!string.IsNullOrEmpty(update.TextDelta))
            {
                text.Append(update.TextDelta);

                // An answer that arrives in one piece goes straight to the final message: no interim copy of it.
                if (++deltas > 1)
                {
                    await stream.UpdateAsync(text.ToString(), cancellationToken);
                }
            }
        }

        throw new InvalidOperationException("The answer stream ended without a final result.");
    }

    private TimeSpan StreamingInterval(BotTurn turn) => TimeSpan.FromMilliseconds(
        ReplyStyles.For(turn.Activity) == ReplyStyle.Teams
            ? options.Value.TeamsStreamingIntervalMilliseconds
            : options.Value.StreamingIntervalMilliseconds);
    private static Activity ErrorReply(BotTurn turn, string? streamId)
    {
        var reply = turn.CreateReply(ActivityTypes.Message, ErrorText);
        if (streamId is not null)
        {
            var final = new StreamInfo(StreamInfo.Final, streamId, null);
            reply.ChannelData = System.Text.Json.JsonSerializer.SerializeToElement(final.ToChannelData(), ProtocolJson.Options);
            reply.Entities = [final.ToEntity()];
        }

        return reply;
    }

    // Teams prefixes a channel message with the bot's mention ("<at>Assistant</at> question").
    private static string Clean(string? text) => text is null ? string.Empty : MentionPattern().Replace(text, string.Empty).Trim();

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex MentionPattern();
}
